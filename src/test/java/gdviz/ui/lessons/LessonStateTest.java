package gdviz.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import gdviz.core.grid.Domain;
import gdviz.io.lesson.BundledLessons;
import gdviz.io.lesson.Lesson;
import gdviz.io.lesson.LessonException;
import gdviz.io.lesson.LessonReader;
import gdviz.ui.Workbench;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.runs.PinnedRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lessons to and from the window's state, without the toolkit: runs happen on the calling thread. */
class LessonStateTest {

    private final Workbench workbench = new Workbench(new LatestOnly(Runnable::run, Runnable::run));
    private final ObjectProperty<PictureLayout> layout = new SimpleObjectProperty<>(PictureLayout.SIDE_BY_SIDE);
    private final LessonState state = new LessonState(workbench.function(), workbench.region(),
            workbench.descent(), workbench.optimizer(), workbench.pins(), layout);
    private final List<String> problems = new ArrayList<>();
    private Path saveTarget;
    private final LessonFiles files = new LessonFiles(state, (name, kind, pattern) -> Optional.ofNullable(saveTarget),
            (kind, pattern) -> Optional.empty(), problems::add);

    @TempDir
    Path folder;

    private Trajectory run() {
        return workbench.descent().trajectoryProperty().get();
    }

    private void open(String bundled) {
        assertThat(files.openBundled(bundled)).isTrue();
        assertThat(problems).isEmpty();
    }

    /** A state far from the defaults: momentum, its own settings, tabs, log colours, two pins. */
    private void prepareSomethingElaborate() {
        workbench.choose(gdviz.core.presets.Presets.all().get(4));
        workbench.optimizer().optimizerProperty().set(Optimizer.MOMENTUM);
        workbench.optimizer().valueProperty(Hyperparameter.MOMENTUM).set(0.75);
        workbench.descent().rateProperty().set(0.0012);
        workbench.descent().maxIterationsProperty().set(2500);
        workbench.descent().toleranceProperty().set(1e-5);
        workbench.descent().startXProperty().set(-1.25);
        workbench.region().show(new Domain(-2.5, 2, -1, 3.5));
        layout.set(PictureLayout.TABS);
        workbench.pins().pinShown(workbench.descent(), workbench.optimizer());
        workbench.optimizer().optimizerProperty().set(Optimizer.ADAM);
        workbench.descent().rateProperty().set(0.05);
        workbench.pins().pinShown(workbench.descent(), workbench.optimizer());
        workbench.optimizer().optimizerProperty().set(Optimizer.MOMENTUM);
        workbench.optimizer().valueProperty(Hyperparameter.MOMENTUM).set(0.75);
        workbench.descent().rateProperty().set(0.0012);
        workbench.pins().pins().get(1).visibleProperty().set(false);
    }

    @Test
    void savingAndOpeningGivesTheSameWindowState() throws Exception {
        prepareSomethingElaborate();
        Lesson before = state.capture("elaborate");
        Path file = folder.resolve("elaborate.gdviz.json");
        assertThat(files.saveTo(file)).isTrue();

        Workbench other = new Workbench(new LatestOnly(Runnable::run, Runnable::run));
        ObjectProperty<PictureLayout> otherLayout = new SimpleObjectProperty<>(PictureLayout.SIDE_BY_SIDE);
        LessonState reopened = new LessonState(other.function(), other.region(), other.descent(), other.optimizer(),
                other.pins(), otherLayout);
        reopened.apply(LessonReader.read(file));

        assertThat(reopened.capture("unused")).isEqualTo(before);
        assertThat(before.title()).isEqualTo("elaborate");
        assertThat(otherLayout.get()).isEqualTo(PictureLayout.TABS);
        assertThat(other.region().logColoursProperty().get()).isTrue();
        assertThat(other.descent().trajectoryProperty().get().steps())
                .usingRecursiveFieldByFieldElementComparator().hasSameSizeAs(run().steps());
        assertThat(other.descent().trajectoryProperty().get().last().point()).containsExactly(run().last().point());
        List<PinnedRun> pins = other.pins().pins();
        assertThat(pins).extracting(PinnedRun::name).containsExactly("Momentum, \u03b1 = 0.0012", "Adam, \u03b1 = 0.05");
        assertThat(pins.get(1).run().last().point())
                .containsExactly(workbench.pins().pins().get(1).run().last().point());
        assertThat(pins).extracting(PinnedRun::colour)
                .containsExactlyElementsOf(workbench.pins().pins().stream().map(PinnedRun::colour).toList());
        assertThat(pins).extracting(pin -> pin.visibleProperty().get()).as("the hidden pin stays hidden")
                .containsExactly(true, false);
    }

    @Test
    void theBowlLessonShowsTheSeedsGradient() {
        open("bowl.gdviz.json");
        Trajectory run = run();
        for (int k = 0; k < 5; k++) {
            double x = run.coordinate(k, 0);
            double y = run.coordinate(k, 1);
            assertThat(run.partial(k, 0)).as("df/dx = 2x + y at step %d", k).isEqualTo(2 * x + y);
            assertThat(run.partial(k, 1)).as("df/dy = 2y + x at step %d", k).isEqualTo(2 * y + x);
        }
        assertThat(run.step(0).gradient()).containsExactly(5, -2);
        assertThat(run.step(1).point()).containsExactly(3.5, -2.8);
        assertThat(state.titleProperty().get()).isEqualTo("The bowl and its gradient");
        assertThat(state.descriptionProperty().get()).contains("2x + y", "2y + x");
    }

    @Test
    void theByHandLessonGivesPointSixThenPointThreeSix() {
        open("parabola-by-hand.gdviz.json");
        assertThat(workbench.function().textProperty().get()).isEqualTo("2*x^2");
        assertThat(run().coordinate(0, 0)).isEqualTo(1);
        assertThat(run().coordinate(1, 0)).isEqualTo(0.6);
        assertThat(run().coordinate(2, 0)).isEqualTo(0.36);
    }

    @Test
    void theWeightLessonsStepFromFiveToFourToThreePointTwoAndFromFiveMinusFourToFourMinusThreePointTwo() {
        open("one-weight.gdviz.json");
        assertThat(run().partial(0, 0)).isEqualTo(10);
        assertThat(run().coordinate(1, 0)).isEqualTo(4);
        assertThat(run().partial(1, 0)).isEqualTo(8);
        assertThat(run().coordinate(2, 0)).isEqualTo(3.2);

        open("two-weights.gdviz.json");
        assertThat(run().variables()).containsExactly("w1", "w2");
        assertThat(run().step(0).gradient()).containsExactly(10, -8);
        assertThat(run().step(1).point()).containsExactly(4, -3.2);
        assertThat(run().coordinate(1, 0) * run().coordinate(1, 0) + run().coordinate(1, 1) * run().coordinate(1, 1))
                .as("the squared distance to the minimum, 26.24 against 41").isCloseTo(26.24, within(1e-12));
    }

    private static org.assertj.core.data.Offset<Double> within(double e) {
        return org.assertj.core.data.Offset.offset(e);
    }

    @Test
    void theLearningRateLessonPinsATooSmallARightAndATooLargeRun() {
        open("learning-rates.gdviz.json");
        List<PinnedRun> pins = workbench.pins().pins();
        assertThat(pins).extracting(p -> p.run().outcome().settings().rate()).containsExactly(0.01, 0.5, 0.7);
        assertThat(pins).extracting(p -> p.run().outcome().reason())
                .containsExactly(StopReason.ITERATION_LIMIT, StopReason.CONVERGED, StopReason.DIVERGED);
        assertThat(pins.get(1).run().size()).as("about right converges quickly").isLessThan(60);
        assertThat(pins).allSatisfy(p -> assertThat(p.run().step(0).point()).containsExactly(4, -3));
        assertThat(run().outcome().reason()).isEqualTo(StopReason.CONVERGED);
    }

    @Test
    void everyBundledLessonOpensWithoutAProblem() {
        for (String name : BundledLessons.names()) {
            open(name);
            assertThat(state.titleProperty().get()).isNotBlank();
            assertThat(state.descriptionProperty().get()).isNotBlank();
            assertThat(run()).isNotNull();
        }
        assertThat(BundledLessons.names()).hasSize(5);
    }

    @Test
    void startPointsFollowTheLessonsVariableOrder() throws Exception {
        Path file = folder.resolve("order.gdviz.json");
        Files.writeString(file, """
                {"format": "gdviz-lesson", "version": 1, "title": "y first",
                 "function": {"text": "x^2 + 4*y^2", "variables": ["y", "x"]},
                 "region": {"xMin": -5, "xMax": 5, "yMin": -5, "yMax": 5}, "learningRate": 0.1, "start": [2, -3],
                 "pins": [{"label": "p", "learningRate": 0.05, "start": [1, 4]}]}
                """, StandardCharsets.UTF_8);
        assertThat(files.open(file)).isTrue();
        assertThat(run().variables()).containsExactly("x", "y");
        assertThat(run().step(0).point()).containsExactly(-3, 2);
        assertThat(workbench.pins().pins().get(0).run().step(0).point()).containsExactly(4, 1);
    }

    /** Each file is broken in one way; opening it tells one line and changes nothing in the window. */
    @Test
    void aBadLessonLeavesTheWindowAsItWas() throws Exception {
        prepareSomethingElaborate();
        Lesson before = state.capture("before");
        Trajectory shownBefore = run();
        String good = Files.readString(Path.of("src/main/resources/gdviz/lessons/learning-rates.gdviz.json"));
        List<String> broken = List.of(
                "{ not json",
                good.replace("\"learningRate\" : 0.5,", "\"learningRate\" : \"fast\","),
                good.replace("\"tolerance\" : 1.0E-6,", "\"tolerance\" : 1.0E-6, \"colour\" : 3,"),
                good.replace("\"title\" : \"Learning rate: too small, about right, too large\",", ""),
                good.replace("\"version\" : 1", "\"version\" : 7"),
                good.replace("\"learningRate\" : 0.5,", "\"learningRate\" : NaN,"),
                good.replace("\"learningRate\" : 0.5,", "\"learningRate\" : 1e400,"),
                good.replace("\"x^2 + x*y + y^2\"", "\"x^2 + * y\""),
                good.replace("\"xMin\" : -5.0", "\"xMin\" : 9.0"),
                good.replace("\"start\" : [ 4.0, -3.0 ],", "\"start\" : [ 4.0, -3.0, 1.0 ],"),
                good.replace("\"pins\" : [", "\"pins\" : [" + "{\"label\":\"p\",\"learningRate\":0.1,\"start\":[1,1]},"
                        .repeat(4)),
                "[".repeat(50_000) + "]".repeat(50_000),
                " ".repeat(LessonReader.MAX_BYTES + 1));
        for (int i = 0; i < broken.size(); i++) {
            Path file = folder.resolve("broken" + i + ".gdviz.json");
            Files.writeString(file, broken.get(i), StandardCharsets.UTF_8);
            problems.clear();
            assertThat(files.open(file)).as("case %d", i).isFalse();
            assertThat(problems).as("case %d", i).singleElement().asString()
                    .startsWith("The lesson was not opened. broken" + i + ".gdviz.json: ").doesNotContain("\n")
                    .doesNotContain("Exception").doesNotContain("jackson");
            assertThat(state.capture("before")).as("case %d", i).isEqualTo(before);
            assertThat(run()).as("case %d", i).isSameAs(shownBefore);
        }
    }

    @Test
    void aSaveIntoAFolderThatCannotHoldFilesTellsWhy() throws IOException {
        workbench.choose(gdviz.core.presets.Presets.all().get(0));
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "notes");
        assertThat(files.saveTo(notAFolder.resolve("x.gdviz.json"))).isFalse();
        assertThat(files.saveTo(folder.resolve("missing-folder").resolve("x.gdviz.json"))).isFalse();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("The lesson was not saved: cannot "
                + "write ").doesNotContain("\n"));
        assertThat(problems.get(1)).endsWith("does not exist");
        assertThat(Files.readString(notAFolder)).isEqualTo("notes");
    }

    @Test
    void aFailedSaveTellsWhyAndLeavesTheOldFileIntact() throws IOException {
        workbench.choose(gdviz.core.presets.Presets.all().get(0));
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path kept = Files.writeString(locked.resolve("kept.gdviz.json"), "the old lesson");
        assumeThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            // The super-user may write anywhere; there is nothing to check then.
            assumeThat(Files.isWritable(locked)).isFalse();
            assertThat(files.saveTo(kept)).isFalse();
            assertThat(problems).singleElement().asString().startsWith("The lesson was not saved: cannot write ")
                    .endsWith("permission denied");
            assertThat(Files.readString(kept)).isEqualTo("the old lesson");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    /** Where the super-user cannot write either: a file in /proc, which exists on Linux. */
    @Test
    void aSaveOverAFileInAFolderNobodyMayWriteInLeavesTheFileIntact() throws IOException {
        Path version = Path.of("/proc/version");
        assumeThat(Files.isRegularFile(version)).isTrue();
        String before = Files.readString(version);
        workbench.choose(gdviz.core.presets.Presets.all().get(0));
        assertThat(files.saveTo(version)).isFalse();
        assertThat(problems).singleElement().asString().startsWith("The lesson was not saved: cannot write /proc/"
                + "version: ").doesNotContain("\n");
        assertThat(Files.readString(version)).isEqualTo(before);
    }

    @Test
    void saveAddsTheExtensionAndNamesTheFileAfterTheLesson() throws Exception {
        open("two-weights.gdviz.json");
        assertThat(files.suggestedName()).isEqualTo("two-weights-l-w1-w2.gdviz.json");
        saveTarget = folder.resolve("weights");
        files.askSave();
        Lesson saved = LessonReader.read(folder.resolve("weights.gdviz.json"));
        assertThat(saved.title()).isEqualTo("Two weights: L = w1\u00b2 + w2\u00b2");
        assertThat(saved.run().start()).containsExactly(5.0, -4.0);
    }

    @Test
    void nothingToSaveIsSaidInWords() {
        assertThatThrownBy(() -> state.capture("x")).isInstanceOf(LessonException.class)
                .hasMessage("there is no function to keep yet: type one first");
    }
}
