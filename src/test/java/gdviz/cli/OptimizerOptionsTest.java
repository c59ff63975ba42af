package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --optimizer} and its hyperparameters on {@code run} and {@code plot}; the expected numbers are worked by
 * hand in the comments of the core's UpdateRuleStepsTest.
 */
class OptimizerOptionsTest {

    @TempDir
    Path folder;

    /** Runs f = w² from 5 and returns w at iterations 0 … steps. */
    private static double[] wSquaredFromFive(String rate, int steps, String... optimizer) {
        List<String> args = new ArrayList<>(List.of("run", "--function", "w^2", "--start", "5", "--rate", rate,
                "--steps", Integer.toString(steps)));
        args.addAll(List.of(optimizer));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(GdvizCli.EXIT_DONE);
        return result.out().lines().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[1])).toArray();
    }

    private static void assertBadInput(Cli.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("error: " + message + "\n");
        assertThat(result.out()).isEmpty();
    }

    private static Cli.Result runWith(String... optimizer) {
        List<String> args = new ArrayList<>(List.of("run", "--function", "x^2 + y^2", "--start", "1,2", "--rate",
                "0.1", "--steps", "3"));
        args.addAll(List.of(optimizer));
        return Cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource({
        "momentum, 0.1,  4,            2.3,          0.31",
        "nesterov, 0.1,  3.1,          1.112,        -0.54176",
        "adagrad,  0.1,  4.900000000001, 4.8300071418, 4.7732184825",
        "rmsprop,  0.01, 4.900000001,  4.8298279406, 4.7727489553",
        "adam,     0.1,  4.9000000001, 4.8000577569, 4.7002132913"})
    void eachOptimizerTakesTheFirstStepsWorkedByHand(String optimizer, String rate, double w1, double w2, double w3) {
        double[] w = wSquaredFromFive(rate, 3, "--optimizer", optimizer);

        assertThat(w).hasSize(4);
        assertThat(w[0]).isEqualTo(5.0);
        assertThat(w[1]).isCloseTo(w1, within(1e-10));
        assertThat(w[2]).isCloseTo(w2, within(1e-10));
        assertThat(w[3]).isCloseTo(w3, within(1e-10));
    }

    @Test
    void plainDescentIsStillTheDefault() {
        assertThat(wSquaredFromFive("0.1", 2)).containsExactly(5.0, 4.0, 3.2);
    }

    @Test
    void aChosenMomentumReplacesTheDefault() {
        // μ = 0.5: b1 = 10, w1 = 4; g2 = 8, b2 = 5 + 8 = 13, w2 = 4 − 1.3 = 2.7.
        double[] w = wSquaredFromFive("0.1", 2, "--optimizer", "momentum", "--momentum", "0.5");

        assertThat(w[2]).isCloseTo(2.7, within(1e-12));
    }

    @Test
    void aChosenEpsReplacesTheDefault() {
        // AdaGrad with ε = 1: w1 = 5 − 0.1·10/(10 + 1) = 4.9090909...
        double[] w = wSquaredFromFive("0.1", 1, "--optimizer", "adagrad", "--eps", "1");

        assertThat(w[1]).isCloseTo(5 - 1.0 / 11, within(1e-12));
    }

    @Test
    void adamsBetasCanBeChosen() {
        // β1 = 0 makes m̂ = g and β2 = 0 makes √v̂ = |g|, so every step moves by lr, less a trace of ε:
        // from 5 at rate 0.5, 4.5, 4, 3.5.
        double[] w = wSquaredFromFive("0.5", 3, "--optimizer", "adam", "--beta1", "0", "--beta2", "0");

        assertThat(w[3]).isCloseTo(3.5, within(1e-8));
    }

    @Test
    void aHyperparameterTheOptimizerDoesNotTakeIsRefused() {
        assertBadInput(runWith("--beta1", "0.5"), "--beta1 applies to adam only");
        assertBadInput(runWith("--optimizer", "adam", "--momentum", "0.9"),
                "--momentum applies to momentum and nesterov only");
        assertBadInput(runWith("--optimizer", "momentum", "--eps", "1e-8"),
                "--eps applies to adagrad, rmsprop and adam only");
        assertBadInput(runWith("--optimizer", "adagrad", "--alpha", "0.9"), "--alpha applies to rmsprop only");
    }

    @Test
    void aHyperparameterOutOfRangeIsRefused() {
        assertBadInput(runWith("--optimizer", "adam", "--beta2", "1"),
                "--beta2 must be at least 0 and below 1, got 1.0");
        assertBadInput(runWith("--optimizer", "nesterov", "--momentum", "0"),
                "--momentum must be above 0 and below 1, got 0.0");
        assertBadInput(runWith("--optimizer", "rmsprop", "--eps", "0"),
                "--eps must be a positive finite number, got 0.0");
        assertBadInput(runWith("--optimizer", "rmsprop", "--alpha", "lots"),
                "invalid value for option '--alpha': 'lots' is not a number");
    }

    @Test
    void anUnknownOptimizerListsTheKnownOnes() {
        assertBadInput(runWith("--optimizer", "sgd"), "invalid value for option '--optimizer': 'sgd' is not an"
                + " optimizer; choose one of: gd, momentum, nesterov, adagrad, rmsprop, adam");
    }

    @Test
    void plotTakesTheSameOptionsAndNamesTheOptimizerInItsTitle() throws Exception {
        Path file = folder.resolve("adam.svg");

        Cli.Result result = Cli.run("plot", "--function", "x^2 + x*y + y^2", "--start", "4,-3", "--rate", "0.1",
                "--optimizer", "adam", "--beta1", "0.8", "--samples", "60", "--out", file.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(Files.readString(file)).contains("x^2 + x*y + y^2 \u2014 Adam, rate 0.1");
    }

    @Test
    void plotRefusesAHyperparameterTheOptimizerDoesNotTakeAndWritesNothing() {
        Path file = folder.resolve("gd.png");

        Cli.Result result = Cli.run("plot", "--function", "x^2", "--start", "1", "--rate", "0.1", "--alpha", "0.5",
                "--out", file.toString());

        assertBadInput(result, "--alpha applies to rmsprop only");
        assertThat(file).doesNotExist();
    }
}
