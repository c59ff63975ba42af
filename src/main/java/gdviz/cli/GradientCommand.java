package gdviz.cli;

import gdviz.core.expr.ParsedFunction;
import gdviz.core.expr.ReadableDerivatives;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gdviz gradient}: the exact partial derivatives, one line per variable. */
@Command(name = "gradient", mixinStandardHelpOptions = true,
        description = "Prints each partial derivative of F, one line per variable: df/dx = 2*x + y")
final class GradientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Override
    public Integer call() throws UserInputException, IOException {
        ParsedFunction parsed = function.parse();
        List<String> variables = parsed.variables();
        PrintWriter stdout = spec.commandLine().getOut();
        for (int i = 0; i < variables.size(); i++) {
            stdout.print("df/d" + variables.get(i) + " = " + ReadableDerivatives.partial(parsed.root(), i) + "\n");
        }
        if (stdout.checkError()) {
            throw new IOException("cannot write standard output");
        }
        return GdvizCli.EXIT_DONE;
    }
}
