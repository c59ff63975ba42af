package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.cli.GdvizCli;
import gdviz.ui.descent.DescentModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** CSV export from the real window: the very bytes of the command line's run, failures told in words. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    private WindowDriver window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    /** The command line's CSV for the settings the window shows now. */
    private byte[] commandLineCsv() throws IOException {
        DescentModel descent = window.view.workbench().descent();
        double[] start = descent.start();
        Path out = folder.resolve("cli.csv");
        int exit = GdvizCli.execute(new String[] {"run",
            "--function", window.view.workbench().function().textProperty().get(),
            "--start", start[0] + "," + start[1],
            "--rate", Double.toString(descent.rateProperty().get()),
            "--steps", Integer.toString(descent.maxIterationsProperty().get()),
            "--tolerance", Double.toString(descent.toleranceProperty().get()),
            "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return Files.readAllBytes(out);
    }

    @Test
    void exportWritesTheSameBytesAsTheRunCommand() throws IOException {
        window.ready();
        window.robot.clickOn(window.onMap(-3.7, 1.9));
        window.waitUntil("the run from the click", () -> window.trajectory().coordinate(0, 0) < 0);
        Path file = folder.resolve("steps.csv");
        boolean[] written = new boolean[1];
        window.robot.interact(() -> written[0] = window.view.exportStepsTo(file));
        assertThat(written[0]).isTrue();
        byte[] exported = Files.readAllBytes(file);
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .startsWith("iteration,x,y,f,grad_x,grad_y,grad_norm,step_length\n0,");
        assertThat(exported).isEqualTo(commandLineCsv());
        window.assertNoProblems();
    }

    @Test
    void theFileMenuShortcutAsksWhereAndSaves() throws IOException {
        window.ready();
        window.saveTarget = folder.resolve("from-menu.csv");
        window.robot.clickOn("#step-table");
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        window.waitUntil("the exported file", () -> Files.exists(window.saveTarget));
        assertThat(Files.readAllBytes(window.saveTarget)).isEqualTo(commandLineCsv());
    }

    @Test
    void aFailedExportIsExplainedAndLeavesTheWindowWorking() throws IOException {
        window.ready();
        Path existing = folder.resolve("keep.csv");
        Files.writeString(existing, "old content");
        Path missingFolder = folder.resolve("no-such-folder").resolve("steps.csv");
        boolean[] written = new boolean[1];
        window.robot.interact(() -> written[0] = window.view.exportStepsTo(missingFolder));
        assertThat(written[0]).isFalse();
        assertThat(window.problems).singleElement().asString()
                .startsWith("The steps were not exported: cannot write ").contains("does not exist");
        window.robot.interact(() -> written[0] = window.view.exportStepsTo(folder));
        assertThat(written[0]).isFalse();
        assertThat(window.problems).hasSize(2);
        assertThat(Files.readString(existing)).isEqualTo("old content");
        assertThat(Files.list(folder)).containsExactly(existing);
    }

    @Test
    void aFullDiskOrAReadOnlyFileIsExplainedAndTheOldFileSurvivesByteForByte() throws IOException {
        window.ready();
        byte[] old = "iteration,x,y\n0,1.0,2.0\n".getBytes(StandardCharsets.UTF_8);
        Path full = Files.write(folder.resolve("full.csv"), old);
        Path locked = Files.write(folder.resolve("locked.csv"), old);
        boolean[] written = {true, true};

        try (gdviz.io.FullDisk disk = gdviz.io.FullDisk.withRoomFor(64)) {
            window.robot.interact(() -> written[0] = window.view.exportStepsTo(full));
        }
        org.assertj.core.api.Assumptions.assumeThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            window.robot.interact(() -> written[1] = window.view.exportStepsTo(locked));
        } finally {
            locked.toFile().setWritable(true, false);
        }

        assertThat(written).containsExactly(false, false);
        assertThat(window.problems).containsExactly(
                "The steps were not exported: cannot write " + full + ": no space left on device",
                "The steps were not exported: cannot write " + locked + ": the file is read-only");
        assertThat(Files.readAllBytes(full)).isEqualTo(old);
        assertThat(Files.readAllBytes(locked)).isEqualTo(old);
        assertThat(Files.list(folder)).containsExactlyInAnyOrder(full, locked);
    }
}
