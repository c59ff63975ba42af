package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    private static Cli.Result analyze(String function, String at) {
        return Cli.run("analyze", "--function", function, "--at", at);
    }

    private static void assertBadInput(Cli.Result result, String message) {
        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("error: " + message + "\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theCoupledBowlHasEigenvaluesOneAndThreeAndTheirRates() {
        Cli.Result result = analyze("x^2 + x*y + y^2", "1,1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                f: 3.0
                gradient: [3.0, 3.0]
                hessian: [[2.0, 1.0], [1.0, 2.0]]
                eigenvalues: [1.0, 3.0]
                max_stable_rate: 0.6666666666666666
                optimal_rate: 0.5
                oscillation_rate: 0.3333333333333333
                """);
    }

    @Test
    void theFirstSeedCurvesByFourSoItsLimitIsOneHalf() {
        Cli.Result result = analyze("2*x^2", "1");

        assertThat(result.out()).contains("hessian: [[4.0]]\n", "eigenvalues: [4.0]\n", "max_stable_rate: 0.5\n",
                "optimal_rate: 0.25\n", "oscillation_rate: 0.25\n");
    }

    @Test
    void aSaddleHasNoBestRateAndSaysWhy() {
        Cli.Result result = analyze("x^2 - y^2", "0,0");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out()).contains("eigenvalues: [-2.0, 2.0]\n", "max_stable_rate: 1.0\n",
                "optimal_rate: none (the smallest eigenvalue is not positive)\n", "oscillation_rate: 0.5\n");
    }

    @Test
    void aCapHasNoRatesAtAll() {
        Cli.Result result = analyze("-x^2 - y^2", "1,2");

        assertThat(result.out()).contains(
                "max_stable_rate: none (the Hessian has no positive eigenvalue)\n",
                "optimal_rate: none (the Hessian has no positive eigenvalue)\n",
                "oscillation_rate: none (the Hessian has no positive eigenvalue)\n");
    }

    @Test
    void outsideTheDomainTheNumbersAreNaNAndTheRatesAbsent() {
        Cli.Result result = analyze("sqrt(x) + y^2", "-1,0");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out()).startsWith("f: NaN\n")
                .contains("eigenvalues: [NaN, NaN]\n", "max_stable_rate: none (the Hessian is not finite here)\n");
    }

    @Test
    void theVariablesFollowVars() {
        Cli.Result result = Cli.run("analyze", "--function", "x^2 + 3*y^2", "--vars", "y,x", "--at", "1,2");

        assertThat(result.out()).contains("gradient: [6.0, 4.0]\n", "hessian: [[6.0, 0.0], [0.0, 2.0]]\n",
                "eigenvalues: [2.0, 6.0]\n");
    }

    @Test
    void aPointOfTheWrongSizeIsABadInput() {
        assertBadInput(analyze("x^2 + y^2", "1"), "--at has 1 value but the function has 2 variables (x, y)");
    }

    @Test
    void aMissingPointOrABadNumberIsABadInput() {
        assertBadInput(Cli.run("analyze", "--function", "x^2"), "missing required option: '--at=A[,B...]'");
        assertBadInput(analyze("x^2", "one"), "invalid value for option '--at': 'one' is not a number");
    }

    @Test
    void aBadFunctionIsOneLineOfError() {
        Cli.Result result = analyze("x^", "1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: ").endsWith("\n").hasLineCount(1);
    }

    @Test
    void aClosedStandardOutputIsAnInputOutputFailure() {
        Cli.Result result = Cli.runWithBrokenStandardOutput("analyze", "--function", "x^2", "--at", "1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).isEqualTo("error: cannot write standard output\n");
    }
}
