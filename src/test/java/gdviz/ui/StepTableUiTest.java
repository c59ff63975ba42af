package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Playback and the step table in the real window: the highlighted row follows the animation and leads it. */
@ExtendWith(ApplicationExtension.class)
class StepTableUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private int current() {
        return window.view.workbench().playback().currentProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table() {
        return window.robot.lookup("#step-table").queryAs(TableView.class);
    }

    /** The highlighted row is the current step's, and it is whole on screen. */
    private void assertRowShowsCurrentStep() {
        window.waitUntil("the row of step " + current() + " highlighted and in view", () -> {
            TableView<Integer> table = table();
            if (table.getSelectionModel().getSelectedIndex() != current()) {
                return false;
            }
            Node flow = table.lookup(".virtual-flow");
            Bounds visible = flow.localToScene(flow.getLayoutBounds());
            return table.lookupAll(".table-row-cell").stream()
                    .map(node -> (TableRow<?>) node)
                    .filter(row -> row.getIndex() == current() && row.isVisible() && row.isSelected())
                    .map(row -> row.localToScene(row.getLayoutBounds()))
                    .anyMatch(row -> row.getMinY() >= visible.getMinY() - 0.5
                            && row.getMaxY() <= visible.getMaxY() + 0.5);
        });
    }

    @Test
    void theWholeRunIsShownWithItsLastRowHighlighted() {
        window.ready();
        assertThat(current()).isEqualTo(window.trajectory().size() - 1);
        assertRowShowsCurrentStep();
    }

    @Test
    void whenPresentationTextShrinksTheTableTheCurrentRowStaysInView() {
        window.ready();
        assertRowShowsCurrentStep();
        double rows = table().getHeight();
        window.robot.type(javafx.scene.input.KeyCode.F5);
        window.waitUntil("a shorter table", () -> table().getHeight() < rows - 10);
        assertRowShowsCurrentStep();
    }

    /** The Rosenbrock preset: a run of a thousand steps, stopped by the iteration limit. */
    private void showRosenbrockRun() {
        window.ready();
        window.robot.interact(() -> window.view.workbench().choose(gdviz.core.presets.Presets.byExpression(
                "(1 - x)^2 + 100*(y - x^2)^2").orElseThrow()));
        window.waitUntil("the Rosenbrock run", () -> window.trajectory().size() == 1001);
    }

    @Test
    void aLongRunScrollsToItsLastRow() {
        showRosenbrockRun();
        assertThat(current()).isEqualTo(1000);
        assertRowShowsCurrentStep();
    }

    @Test
    void aNewRunAsLongAsTheLastShowsItsOwnNumbersInTheRowsInView() {
        showRosenbrockRun();
        var first = window.trajectory();
        window.robot.interact(() -> window.view.workbench().descent().rateProperty().set(0.0014));
        window.waitUntil("the run at the new rate", () -> window.trajectory() != first);
        var second = window.trajectory();
        assertThat(second.size()).isEqualTo(first.size());
        assertThat(second.value(second.size() - 1)).isNotEqualTo(first.value(first.size() - 1));
        window.waitUntil("the f cells in view showing the new run", () -> {
            var cells = table().lookupAll(".table-cell").stream()
                    .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() != null && cell.getTableColumn().getText().equals("f")
                            && cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0)
                    .toList();
            return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.getText().equals(
                    gdviz.ui.widgets.NumberText.table(second.value(cell.getIndex()))));
        });
    }

    @Test
    void typingALargerRateFollowsTheLongerRunToItsEnd() {
        window.ready();
        javafx.scene.control.TextField rate = window.robot.lookup("#rate-field").queryAs(
                javafx.scene.control.TextField.class);
        window.robot.doubleClickOn(rate).eraseText(rate.getText().length() + 2).write("0.68");
        window.waitUntil("the diverging run", () -> window.status().startsWith("Diverged"));
        assertThat(current()).isEqualTo(window.trajectory().size() - 1);
        assertRowShowsCurrentStep();
    }

    @Test
    void resetStepAndBackMoveTheHighlightedRow() {
        window.ready();
        window.robot.clickOn("#reset-button");
        assertThat(current()).isZero();
        assertRowShowsCurrentStep();
        window.robot.clickOn("#forward-button").clickOn("#forward-button");
        assertThat(current()).isEqualTo(2);
        assertRowShowsCurrentStep();
        window.robot.type(KeyCode.RIGHT);
        assertThat(current()).isEqualTo(3);
        window.robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(current()).isEqualTo(1);
        assertRowShowsCurrentStep();
        window.robot.type(KeyCode.R);
        assertThat(current()).isZero();
    }

    @Test
    void playRevealsTheStepsAndTheRowFollows() {
        window.ready();
        window.robot.clickOn("#reset-button");
        window.robot.type(KeyCode.SPACE);
        window.waitUntil("a few steps played", () -> current() >= 5);
        window.robot.type(KeyCode.SPACE);
        assertThat(window.view.workbench().playback().playingProperty().get()).isFalse();
        assertRowShowsCurrentStep();
        int paused = current();
        window.robot.clickOn("#back-button");
        assertThat(current()).isEqualTo(paused - 1);
        assertRowShowsCurrentStep();
    }

    @Test
    void playingToTheEndScrollsTheTableAlong() {
        window.ready();
        window.robot.interact(() -> window.view.workbench().playback().speedProperty().set(120));
        window.robot.clickOn("#play-button");
        window.waitUntil("the end of the run", () -> !window.view.workbench().playback().playingProperty().get());
        assertThat(current()).isEqualTo(window.trajectory().size() - 1);
        assertRowShowsCurrentStep();
    }

    @Test
    void clickingARowMovesTheAnimationThere() {
        window.ready();
        window.robot.clickOn("#reset-button");
        TableRow<?> third = window.robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == 2).findFirst().orElseThrow();
        window.robot.clickOn(third);
        assertThat(current()).isEqualTo(2);
        assertThat(window.view.workbench().playback().playingProperty().get()).isFalse();
    }

    /** The first row in view, read once the table has caught up with the shown step. */
    private int firstRowInView() {
        assertRowShowsCurrentStep();
        // a scroll lands after the layout that follows the step
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
        int[] first = new int[1];
        window.robot.interact(() -> first[0] = ((javafx.scene.control.skin.VirtualFlow<?>) table()
                .lookup(".virtual-flow")).getFirstVisibleCell().getIndex());
        return first[0];
    }

    @Test
    void steppingOnMovesTheHighlightDownTheRowsInViewAndScrollsOnlyAtTheBottom() {
        showRosenbrockRun();
        window.robot.clickOn("#reset-button");
        int scrolls = 0;
        int first = firstRowInView();
        int steps = 40;
        for (int k = 1; k <= steps; k++) {
            window.robot.clickOn("#forward-button");
            assertThat(current()).isEqualTo(k);
            int now = firstRowInView();
            if (now != first) {
                scrolls++;
                // a scroll brings the row near the top, below the row of the step before it (of which a sliver
                // of the row before may show)
                assertThat(now).as("first row in view after the scroll at step %d", k).isBetween(k - 2, k - 1);
            }
            first = now;
        }
        assertThat(scrolls).as("scrolls in %d steps", steps).isBetween(1, steps / 3);
    }
}
