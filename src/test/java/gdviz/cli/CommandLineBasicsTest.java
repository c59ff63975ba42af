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
        assertThat(result.out()).contains("run", "gradient", "analyze", "plot");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "gradient", "analyze", "plot"}) {
            Cli.Result result = Cli.run(command, "--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("--function");
            assertThat(result.err()).isEmpty();
        }
    }

    @Test
    void runHelpShowsTheDefaultsAndTheOptimizers() {
        assertThat(Cli.run("run", "--help").out()).contains("default: 1000", "default: 1.0E-6",
                "gd, momentum, nesterov, adagrad,", "rmsprop, adam", "--momentum", "--alpha", "--beta1", "--beta2",
                "--eps");
    }

    @Test
    void startAndVarsReadAsSingleOptionsInTheHelp() {
        String usage = Cli.run("run", "--help").out();

        assertThat(usage).contains("--start=A[,B...]", "[--vars=x,y...]")
                .doesNotContain("[--start=A[,B...]]...", "[--vars=x,y...]...");
    }

    @Test
    void aRepeatedStartIsRefusedRatherThanJoined() {
        Cli.Result result = Cli.run("run", "--function", "x^2 + y^2", "--start", "1", "--start", "2", "--rate", "0.1");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("error: option '--start' (A[,B...]) should be specified only once\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void noCommandIsABadInputWithTheChoices() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err())
                .isEqualTo("error: missing command; choose one of: run, gradient, analyze, plot, help\n");
    }

    @Test
    void anUnknownCommandIsOneLineOfError() {
        Cli.Result result = Cli.run("rn", "--function", "x^2");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: ").endsWith("\n").hasLineCount(1);
    }
}
