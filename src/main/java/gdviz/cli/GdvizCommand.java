package gdviz.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command; each feature is a subcommand listed here. */
@Command(name = "gdviz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Gradient descent made visible. Without arguments the app opens; with a command it works"
                + " on the command line.",
        subcommands = {RunCommand.class, GradientCommand.class, AnalyzeCommand.class, PlotCommand.class,
            HelpCommand.class})
final class GdvizCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command; choose one of: " + String.join(", ", spec.subcommands().keySet()));
    }
}
