package gdviz.ui.quiz;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The quiz's switch, and a bar that shows while the quiz is on: what to do next, how close the last guess came
 * and the score.
 */
public final class QuizBar {

    private final HBox root = new HBox(10);
    private final ToggleButton toggle = new ToggleButton("Quiz");

    public QuizBar(QuizModel quiz) {
        root.getStyleClass().add("quiz-bar");
        toggle.setId("quiz-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setMargin(toggle, new Insets(4, 0, 6, 10));
        toggle.setTooltip(new Tooltip("Quiz mode: click on the map where the next point will land (Ctrl+G)"));
        toggle.selectedProperty().bindBidirectional(quiz.activeProperty());
        Label status = new Label();
        status.setId("quiz-status");
        status.getStyleClass().add("quiz-status");
        status.textProperty().bind(quiz.status());
        root.visibleProperty().bind(quiz.activeProperty());
        root.managedProperty().bind(quiz.activeProperty());
        root.getChildren().add(status);
    }

    /** The bar with the quiz's status, shown only while the quiz is on. */
    public Parent root() {
        return root;
    }

    /** The button that turns the quiz on and off, to place among other buttons. */
    public ToggleButton toggle() {
        return toggle;
    }
}
