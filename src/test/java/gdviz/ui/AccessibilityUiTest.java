package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole window, walked as assistive technology and a keyboard user meet it: every control a user can operate
 * says what it does in a tooltip and, when it shows no text of its own, to a screen reader; Tab reaches each one.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    @Test
    void everyVisibleControlHasATooltipAndControlsWithoutTextHaveAccessibleText() {
        window.ready();
        List<String> missingTooltip = new ArrayList<>();
        List<String> missingText = new ArrayList<>();
        window.robot.interact(() -> {
            for (Control control : operable(window.view.root())) {
                if (control.getTooltip() == null || blank(control.getTooltip().getText())) {
                    missingTooltip.add(describe(control));
                }
                boolean showsText = control instanceof Labeled labeled && !blank(labeled.getText());
                if (!showsText && blank(control.getAccessibleText())) {
                    missingText.add(describe(control));
                }
            }
        });
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(missingTooltip).as("controls without a tooltip").isEmpty();
            soft.assertThat(missingText).as("controls without text for a screen reader").isEmpty();
        });
    }

    @Test
    void tabFromTheFunctionFieldVisitsEveryEnabledControlOnceBeforeComingBack() {
        window.ready();
        Set<Control> expected = new LinkedHashSet<>();
        window.robot.interact(() -> operable(window.view.root()).stream()
                .filter(c -> !c.isDisabled()).forEach(expected::add));
        Node start = window.robot.lookup("#function-box").query();
        window.robot.interact(start::requestFocus);
        List<Node> visited = new ArrayList<>();
        for (int presses = 0; presses < 4 * expected.size() + 20; presses++) {
            window.robot.type(KeyCode.TAB);
            Node[] focus = new Node[1];
            window.robot.interact(() -> focus[0] = operating(window.view.root().getScene().getFocusOwner()));
            if (focus[0] == start) {
                break;
            }
            assertThat(visited).as("focus came back to %s before the function field", describe(focus[0]))
                    .doesNotContain(focus[0]);
            visited.add(focus[0]);
        }
        assertThat(visited).as("Tab never came back to the function field").hasSizeLessThan(4 * expected.size() + 20);
        List<String> missed = expected.stream().filter(c -> c != start && !visited.contains(c))
                .map(AccessibilityUiTest::describe).toList();
        assertThat(missed).as("controls Tab never reached").isEmpty();
        assertThat(visited).extracting(Node::getId).as("the pictures take the keyboard too")
                .contains("contour-map", "surface-view", "step-table");
    }

    /** The controls a user operates that are on show: buttons, sliders, fields, boxes, toggles. */
    static List<Control> operable(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Control> found) {
        if (!node.isVisible() || node instanceof MenuBar || node instanceof ScrollBar) {
            return;
        }
        if (isOperable(node)) {
            found.add((Control) node);
            if (node instanceof ComboBoxBase<?> || node instanceof Spinner<?>) {
                return; // its editor and arrow are parts of it, not controls of their own
            }
        }
        if (node instanceof TableView<?>) {
            found.add((Control) node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static boolean isOperable(Node node) {
        return node instanceof ButtonBase || node instanceof Slider || node instanceof TextInputControl
                || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?> || node instanceof Spinner<?>;
    }

    /** The control a focused node belongs to: a combo box's editor belongs to the combo box. */
    private static Node operating(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> || n instanceof Spinner<?>) {
                return n;
            }
        }
        return focus;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text
                + " " + node.getStyleClass();
    }
}
