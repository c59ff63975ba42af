package gdviz.io.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.Optimizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and broken lesson files: each refused with one line that names the problem and where it is. */
class LessonReaderTest {

    /** A small valid lesson; the cases below break one thing in it. */
    static final String VALID = """
            {
              "format": "gdviz-lesson",
              "version": 1,
              "title": "Bowl",
              "description": "Look at the arrows.",
              "function": {"text": "x^2 + x*y + y^2", "variables": ["x", "y"]},
              "region": {"xMin": -5, "xMax": 5, "yMin": -5, "yMax": 5},
              "optimizer": {"name": "momentum", "hyperparameters": {"momentum": 0.5}},
              "learningRate": 0.1,
              "maxIterations": 500,
              "tolerance": 1e-6,
              "start": [4, -3],
              "pins": [{"label": "slow", "colour": "#0072B2", "learningRate": 0.01, "start": [1, 1]}],
              "view": {"layout": "tabs", "logColours": true}
            }
            """;

    @TempDir
    Path folder;

    static Lesson read(String json) throws LessonException {
        try {
            return LessonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.gdviz.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String problem(String json) {
        try {
            read(json);
        } catch (LessonException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith("t.gdviz.json: ");
            return e.getMessage().substring("t.gdviz.json: ".length());
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aValidLessonIsReadWithEveryValue() throws LessonException {
        Lesson lesson = read(VALID);
        assertThat(lesson.title()).isEqualTo("Bowl");
        assertThat(lesson.variables()).containsExactly("x", "y");
        assertThat(lesson.run().optimizer()).isEqualTo(Optimizer.MOMENTUM);
        assertThat(lesson.run().hyperparameters()).containsEntry(Hyperparameter.MOMENTUM, 0.5);
        assertThat(lesson.run().settings().maxIterations()).isEqualTo(500);
        assertThat(lesson.run().start()).containsExactly(4.0, -3.0);
        LessonPin pin = lesson.pins().get(0);
        assertThat(pin.run().optimizer()).isEqualTo(Optimizer.GD);
        assertThat(pin.run().settings().maxIterations()).as("the lesson's limit").isEqualTo(500);
        assertThat(pin.hidden()).as("shown unless it says hidden").isFalse();
        assertThat(read(VALID.replace("\"colour\": \"#0072B2\",", "\"colour\": \"#0072B2\", \"hidden\": true,"))
                .pins().get(0).hidden()).isTrue();
        assertThat(lesson.view()).isEqualTo(new LessonView(LessonView.Layout.TABS, true));
    }

    @Test
    void optionalFieldsTakeTheWindowsDefaults() throws LessonException {
        Lesson lesson = read("""
                {"format": "gdviz-lesson", "version": 1, "title": "t", "function": {"text": "w^2"},
                 "region": {"xMin": -6, "xMax": 6, "yMin": -1, "yMax": 1}, "learningRate": 0.1, "start": [5]}
                """);
        assertThat(lesson.description()).isEmpty();
        assertThat(lesson.variables()).containsExactly("w");
        assertThat(lesson.run().optimizer()).isEqualTo(Optimizer.GD);
        assertThat(lesson.run().settings().maxIterations()).isEqualTo(1000);
        assertThat(lesson.pins()).isEmpty();
        assertThat(lesson.view().layout()).isEqualTo(LessonView.Layout.SIDE_BY_SIDE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON           | "start": [4, -3],            | "start": [4, -3,,           | line 12, column
            trailing garbage         | "view": {"layout": "tabs", "logColours": true}\\n} | "view": {"layout": "tabs", "logColours": true}}} | not valid JSON
            wrong type, number       | "learningRate": 0.1,         | "learningRate": "0.1",      | $.learningRate (line 9, column 19): must be a number
            wrong type, text         | "title": "Bowl",             | "title": 5,                 | $.title (line 4, column 12): must be text in quotes
            wrong type, list         | "start": [4, -3],            | "start": 4,                 | $.start (line 12, column 12): must be a list
            wrong type, element      | "start": [4, -3],            | "start": [4, true],         | $.start[1] (line 12, column 16): must be a number
            fraction as iterations   | "maxIterations": 500,        | "maxIterations": 500.5,     | $.maxIterations (line 10, column 20): must be a whole number
            huge integer             | "maxIterations": 500,        | "maxIterations": 99999999999999, | $.maxIterations (line 10, column 34): the number is too large for this field
            field given twice        | "tolerance": 1e-6,           | "tolerance": 1e-6, "tolerance": 0.5, | line 11, column 33: not valid JSON: Duplicate field 'tolerance'
            unknown field            | "tolerance": 1e-6,           | "tolerance": 1e-6, "speed": 3, | unknown field "speed"
            unknown nested field     | "colour": "#0072B2",         | "color": "#0072B2",         | $.pins[0].color (line 13, column 88): unknown field "color"
            missing required field   | "learningRate": 0.1,         | ' '                          | $.learningRate: missing
            missing title            | "title": "Bowl",             | ' '                          | $.title: missing
            missing version          | "version": 1,                | ' '                          | $.version: missing
            newer version            | "version": 1,                | "version": 2,               | $.version: this gdviz reads lesson format version 1, not 2 (the file comes from a newer gdviz)
            version as text          | "version": 1,                | "version": "1",             | $.version: must be a whole number
            not a lesson             | "format": "gdviz-lesson",    | "format": "vega-lite",      | $.format: must be "gdviz-lesson"
            NaN                      | "learningRate": 0.1,         | "learningRate": NaN,        | line 9, column 22: NaN and Infinity are not numbers in JSON
            infinity                 | "learningRate": 0.1,         | "learningRate": Infinity,   | NaN and Infinity are not numbers in JSON
            overflowing number       | "learningRate": 0.1,         | "learningRate": 1e999,      | $.learningRate: must be a finite number, got Infinity
            very long number         | "learningRate": 0.1,         | "learningRate": 0.10000000000000000000000000000000000000000000000000000000000000000000001, | beyond the limits of a lesson file: a number longer than 64 characters
            negative rate            | "learningRate": 0.1,         | "learningRate": -0.1,       | $.learningRate: the learning rate must be above 0
            function does not parse  | "text": "x^2 + x*y + y^2"    | "text": "x^2 + sin(x"       | $.function.text:
            three variables          | "text": "x^2 + x*y + y^2"    | "text": "x + y + z"         | $.function.text: the window draws functions of one or two variables
            wrong variables          | "variables": ["x", "y"]      | "variables": ["x", "z"]     | $.function.variables: must list the function's variables x, y
            region min above max     | "xMin": -5, "xMax": 5        | "xMin": 5, "xMax": -5       | $.region: xMin must be below xMax, got 5.0 and -5.0
            region min equals max    | "yMin": -5, "yMax": 5        | "yMin": 1, "yMax": 1        | $.region: yMin must be below yMax
            region far too wide      | "xMin": -5, "xMax": 5        | "xMin": -1e300, "xMax": 1e300 | $.region: too wide to draw
            region far too narrow    | "xMin": -5, "xMax": 5        | "xMin": 1e6, "xMax": 1.0000000000000001e6 | $.region: too narrow to draw
            too few start values     | "start": [4, -3],            | "start": [4],               | $.start: needs 2 numbers, one per variable, got 1
            null in start            | "start": [4, -3],            | "start": [4, null],         | $.start[1]: missing
            unknown optimiser        | "name": "momentum"           | "name": "lbfgs"             | $.optimizer.name: unknown optimiser "lbfgs"; use one of gd, momentum
            foreign hyperparameter   | {"momentum": 0.5}            | {"beta1": 0.5}              | $.optimizer.hyperparameters.beta1: Momentum takes no "beta1"; it takes momentum
            hyperparameter range     | {"momentum": 0.5}            | {"momentum": 1.5}           | $.optimizer.hyperparameters.momentum: momentum must be at least 0 and below 1, got 1.5
            bad colour               | "#0072B2"                    | "blue"                      | $.pins[0].colour: write a colour as #rrggbb
            hidden as text           | "colour": "#0072B2",         | "colour": "#0072B2", "hidden": "yes", | $.pins[0].hidden (line 13, column 61): must be true or false
            pin without rate         | "learningRate": 0.01,        | ' '                          | $.pins[0].learningRate: missing
            unknown layout           | "layout": "tabs"             | "layout": "grid"            | $.view.layout: unknown layout "grid"
            too many iterations      | "maxIterations": 500,        | "maxIterations": 100001,    | $.maxIterations: must be from 0 to 100000
            """)
    void eachBrokenValueIsNamedWithItsPlace(String name, String valid, String broken, String expected) {
        String json = VALID.replace(valid.replace("\\n", "\n"), broken.isBlank() ? "" : broken);
        assertThat(json).as("the case changes the lesson").isNotEqualTo(VALID);
        assertThat(problem(json)).contains(expected);
    }

    @Test
    void notAnObjectAndEmptyInputAreRefused() {
        assertThat(problem("[1, 2]")).isEqualTo("$: a lesson is a JSON object { ... }, not a list");
        assertThat(problem("")).isEqualTo("the file is empty");
    }

    @Test
    void tooManyPinsAreRefused() {
        String pin = "{\"label\": \"p\", \"learningRate\": 0.1, \"start\": [1, 1]}";
        String json = VALID.replaceFirst("\"pins\": \\[.*],", "\"pins\": [" + String.join(",", java.util.Collections
                .nCopies(Lesson.MAX_PINS + 1, pin)) + "],");
        assertThat(problem(json)).isEqualTo("$.pins: at most 6 pinned runs, got 7");
    }

    @Test
    void deepNestingIsRefusedByTheParserWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String json = VALID.replace("\"tolerance\": 1e-6,", "\"tolerance\": 1e-6, \"x\": " + deep + ",");
        assertThat(problem(json)).contains("beyond the limits of a lesson file: nested deeper than 16 levels");
    }

    @Test
    void hugeStringsAreRefusedByLength() {
        String title = "a".repeat(5_000);
        assertThat(problem(VALID.replace("\"Bowl\"", "\"" + title + "\"")))
                .isEqualTo("$.title: too long (5000 characters; at most 200)");
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsParsed() throws IOException {
        Path big = folder.resolve("big.gdviz.json");
        // Not JSON at all: had it been parsed, the message would be a syntax error instead.
        Files.write(big, new byte[LessonReader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> LessonReader.read(big)).isInstanceOf(LessonException.class)
                .hasMessage("big.gdviz.json: too large for a lesson (1048577 bytes; at most 1048576)");
    }

    @Test
    void missingFilesAndFoldersAreNamed() {
        assertThatThrownBy(() -> LessonReader.read(folder.resolve("gone.gdviz.json")))
                .hasMessage("gone.gdviz.json: no such file");
        assertThatThrownBy(() -> LessonReader.read(folder)).hasMessageEndingWith(": is a folder, not a lesson file");
    }
}
