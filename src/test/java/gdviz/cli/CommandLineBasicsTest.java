package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineBasicsTest {

    @Test
    void versionNamesTheProductAndItsBuildVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("gdviz \\d+\\.\\d+\\.\\d+\\S*\\R");
    }

    @Test
    void helpListsTheCommands() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run", "gradient");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "gradient"}) {
            Cli.Result result = Cli.run(command, "--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("--function");
            assertThat(result.err()).isEmpty();
        }
    }

    @Test
    void runHelpShowsTheDefaultsAndTheOptimizers() {
        assertThat(Cli.run("run", "--help").out()).contains("default: 1000", "default: 1.0E-6", "gd");
    }

    @Test
    void noCommandIsABadInputWithTheChoices() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("error: missing command; choose one of: run, gradient, help\n");
    }

    @Test
    void anUnknownCommandIsOneLineOfError() {
        Cli.Result result = Cli.run("rn", "--function", "x^2");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: ").endsWith("\n").hasLineCount(1);
    }
}
