package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Trajectory;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Copying the step table for a spreadsheet: Ctrl+C in the table and Edit › Copy step table. */
@ExtendWith(ApplicationExtension.class)
class CopyStepsUiTest {

    private WindowDriver window;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private String clipboard() {
        String[] text = new String[1];
        window.robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table() {
        return window.robot.lookup("#step-table").queryAs(TableView.class);
    }

    @Test
    void ctrlCInTheTableCopiesEveryStepInFullPrecision() {
        window.ready();
        Trajectory run = window.trajectory();
        window.robot.clickOn("#step-table");
        window.robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        List<String> lines = clipboard().lines().toList();
        assertThat(lines).hasSize(run.size() + 1);
        assertThat(lines.get(0)).isEqualTo("iteration\tx\ty\tf\tgrad_x\tgrad_y\tgrad_norm\tstep_length");
        String[] last = lines.get(run.size()).split("\t");
        assertThat(Integer.parseInt(last[0])).isEqualTo(run.size() - 1);
        assertThat(Double.parseDouble(last[3])).isEqualTo(run.value(run.size() - 1));
    }

    @Test
    void withSeveralRowsSelectedTheEditMenuCopiesThoseRows() {
        window.ready();
        Trajectory run = window.trajectory();
        window.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(2, 4, 5);
        });
        window.robot.clickOn("Edit").clickOn("Copy step table");
        List<String> lines = clipboard().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.stream().skip(1).map(line -> Integer.parseInt(line.split("\t")[0])))
                .containsExactly(2, 4, 5);
        assertThat(Double.parseDouble(lines.get(1).split("\t")[1])).isEqualTo(run.coordinate(2, 0));
    }
}
