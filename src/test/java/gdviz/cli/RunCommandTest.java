package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunCommandTest {

    private static final String SEED_CSV = """
            iteration,x,f,grad_x,grad_norm,step_length
            0,1.0,2.0,4.0,4.0,0.0
            1,0.6,0.72,2.4,2.4,0.4
            2,0.36,0.2592,1.44,1.44,0.24
            """;

    @TempDir
    Path folder;

    private static void assertBadInput(Cli.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("error: " + message + "\n");
        assertThat(result.out()).isEmpty();
    }

    private static void assertOneErrorLine(Cli.Result result, int exitCode) {
        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("error: ").endsWith("\n").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theSeedRunPrintsOnePointSixThenPointThreeSix() {
        Cli.Result result = Cli.run("run", "--function", "2*x^2", "--start", "1", "--rate", "0.1", "--steps", "2");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out()).isEqualTo(SEED_CSV);
        assertThat(result.err())
                .isEqualTo("stopped at the iteration limit (2): |grad f| = 1.44 is still above the tolerance 1e-6\n");
    }

    @Test
    void twoVariablesFromFiveMinusFourStepToFourMinusThreePointTwo() {
        Cli.Result result = Cli.run("run", "--function", "w1^2 + w2^2", "--start", "5,-4", "--rate", "0.1",
                "--steps", "1");

        assertThat(result.out().lines()).hasSize(3);
        assertThat(result.out().lines().toList().get(0))
                .isEqualTo("iteration,w1,w2,f,grad_w1,grad_w2,grad_norm,step_length");
        assertThat(result.out().lines().toList().get(1)).isEqualTo("0,5.0,-4.0,41.0,10.0,-8.0,12.806248474865697,0.0");
        assertThat(result.out().lines().toList().get(2)).startsWith("1,4.0,-3.2,");
    }

    @Test
    void aStartAtTheMinimumConvergesAtIterationZero() {
        Cli.Result result = Cli.run("run", "--function", "x^2 + y^2", "--start", "0,0", "--rate", "0.1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out().lines()).hasSize(2);
        assertThat(result.err()).isEqualTo("converged at iteration 0: |grad f| = 0 <= tolerance 1e-6\n");
    }

    @Test
    void divergingIsStillADoneRun() {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", "1.5");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.err()).startsWith("diverged at iteration ").hasLineCount(1);
    }

    @Test
    void leavingTheDomainKeepsTheNotANumberRow() {
        Cli.Result result = Cli.run("run", "--function", "sqrt(x)", "--start", "1", "--rate", "4");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out().lines().toList().get(2)).startsWith("1,-1.0,NaN,NaN,");
        assertThat(result.err()).isEqualTo("left the domain at iteration 1: f or its gradient is not a number there\n");
    }

    @Test
    void aNegativeStartIsAValueNotAnOption() {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "-1", "--rate", "0.25", "--steps", "1");

        assertThat(result.out().lines().toList().get(2)).startsWith("1,-0.5,");
    }

    @Test
    void theVariableOrderFollowsVars() {
        Cli.Result result = Cli.run("run", "--function", "x + 2*y", "--vars", "y,x", "--start", "1,3", "--rate", "1",
                "--steps", "0");

        assertThat(result.out()).startsWith("iteration,y,x,f,grad_y,grad_x,grad_norm,step_length\n0,1.0,3.0,5.0,2.0,1.0,");
    }

    @Test
    void aStartOfTheWrongLengthNamesTheVariables() {
        assertBadInput(Cli.run("run", "--function", "x^2 + x*y + y^2", "--start", "1", "--rate", "0.1"),
                "--start has 1 value but the function has 2 variables (x, y)");
    }

    @Test
    void anUnparsableFunctionIsOneLineOfError() {
        assertOneErrorLine(Cli.run("run", "--function", "2*x^", "--start", "1", "--rate", "0.1"),
                GdvizCli.EXIT_BAD_INPUT);
    }

    @ParameterizedTest
    @CsvSource({"abc, is not a number", "Infinity, is not a number", "1e400, is too large", "0, is not above 0",
        "-0.1, is not above 0", "NaN, is not a number"})
    void aRateThatIsNotAPositiveFiniteNumberIsRefused(String rate, String problem) {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", rate);

        assertOneErrorLine(result, GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--rate", "'" + rate + "' " + problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--steps|-5|'-5' is negative", "--steps|2.5|'2.5' is not a whole number",
        "--tolerance|-1|'-1' is negative", "--optimizer|sgd|'sgd' is not an optimizer; choose one of: gd, momentum"})
    void anOptionValueOutOfRangeIsRefusedByName(String option, String value, String problem) {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", "0.1", option, value);

        assertOneErrorLine(result, GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("'" + option + "'", problem);
    }

    @Test
    void aNonNumericStartIsRefused() {
        Cli.Result result = Cli.run("run", "--function", "x+y", "--start", "1,two", "--rate", "0.1");

        assertOneErrorLine(result, GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--start", "'two' is not a number");
    }

    @Test
    void anUnknownOptionSuggestsTheNearestOne() {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", "0.1", "--stps", "3");

        assertOneErrorLine(result, GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("'--stps'", "did you mean", "--steps");
    }

    @Test
    void aMissingRateIsOneLineOfError() {
        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1");

        assertOneErrorLine(result, GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--rate");
    }

    @Test
    void gdIsAcceptedByName() {
        Cli.Result result = Cli.run("run", "--function", "2*x^2", "--start", "1", "--rate", "0.1", "--steps", "2",
                "--optimizer", "gd");

        assertThat(result.out()).isEqualTo(SEED_CSV);
    }

    @Test
    void outWritesTheSameCsvToTheFileAndNothingToStandardOutput() throws IOException {
        Path file = folder.resolve("steps.csv");

        Cli.Result result = Cli.run("run", "--function", "2*x^2", "--start", "1", "--rate", "0.1", "--steps", "2",
                "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(Files.readString(file)).isEqualTo(SEED_CSV);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("stopped at the iteration limit (2)");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void anExistingFileSurvivesABadInputRun() throws IOException {
        Path file = Files.writeString(folder.resolve("steps.csv"), "precious");

        Cli.Result result = Cli.run("run", "--function", "x^2 + y^2", "--start", "1", "--rate", "0.1",
                "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("precious");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aMissingFolderIsAnInputOutputFailureNamingThePath() {
        Path file = folder.resolve("missing").resolve("steps.csv");

        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", "0.1", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err())
                .isEqualTo("error: cannot write " + file + ": the folder " + file.getParent() + " does not exist\n");
    }

    @Test
    void aFolderInTheWayIsAnInputOutputFailureAndStaysIntact() throws IOException {
        Path inTheWay = Files.createDirectory(folder.resolve("steps.csv"));
        Path inside = Files.writeString(inTheWay.resolve("keep.txt"), "kept");

        Cli.Result result = Cli.run("run", "--function", "x^2", "--start", "1", "--rate", "0.1",
                "--out", inTheWay.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).isEqualTo("error: cannot write " + inTheWay + ": it is a directory\n");
        assertThat(Files.readString(inside)).isEqualTo("kept");
        assertThat(filesIn(folder)).containsExactly(inTheWay);
    }

    @Test
    void aStandardOutputThatFailsIsAnInputOutputFailure() {
        Cli.Result result = Cli.runWithBrokenStandardOutput("run", "--function", "x^2", "--start", "1", "--rate", "0.1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).isEqualTo("error: cannot write standard output\n");
    }

    private static java.util.List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
