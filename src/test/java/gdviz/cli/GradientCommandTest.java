package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradientCommandTest {

    @Test
    void printsOnePartialDerivativePerVariable() {
        Cli.Result result = Cli.run("gradient", "--function", "x^2 + x*y + y^2");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.out()).isEqualTo("df/dx = 2*x + y\ndf/dy = x + 2*y\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void followsTheVariableOrderOfVarsForLinesAndTerms() {
        Cli.Result result = Cli.run("gradient", "--function", "x^2 + x*y + y^2", "--vars", "y,x");

        assertThat(result.out()).isEqualTo("df/dy = 2*y + x\ndf/dx = y + 2*x\n");
    }

    @Test
    void anUnparsableFunctionIsOneLineOfError() {
        Cli.Result result = Cli.run("gradient", "--function", "x^2 +* y");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: ").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMissingFunctionIsOneLineOfError() {
        Cli.Result result = Cli.run("gradient");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: missing required option").contains("--function").hasLineCount(1);
    }
}
