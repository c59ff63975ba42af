package gdviz.cli;

import gdviz.core.DifferentiableFunction;
import gdviz.core.analysis.CriticalRate;
import gdviz.core.analysis.StabilityAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gdviz analyze}: f, its derivatives and the critical learning rates at a point, as {@code name: value}
 * lines. Numbers print in full round-trip precision; a rate that does not exist prints {@code none} and its
 * reason in brackets, so the first word of every value is a number or {@code none}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Prints f, its gradient and Hessian at a point, the Hessian's eigenvalues, and the",
            "learning rates of plain gradient descent near there, one 'name: value' line each:",
            "  max_stable_rate   2/lambda_max: above it steps grow without bound",
            "  optimal_rate      2/(lambda_min + lambda_max): the fastest convergence",
            "  oscillation_rate  1/lambda_max: above it steps jump to and fro",
            "A rate that does not exist prints: none (the reason)."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--at", required = true, paramLabel = "A[,B...]", converter = NumberList.Converter.class,
            description = "the point, one value per variable, separated by commas")
    NumberList at;

    @Override
    public Integer call() throws UserInputException, IOException {
        DifferentiableFunction f = function.parse().compile();
        StabilityAnalysis analysis = StabilityAnalysis.at(f, at.pointFor("--at", f.variables()));
        PrintWriter stdout = spec.commandLine().getOut();
        line(stdout, "f", Double.toString(analysis.value()));
        line(stdout, "gradient", Arrays.toString(analysis.gradient()));
        line(stdout, "hessian", Arrays.deepToString(analysis.hessian()));
        line(stdout, "eigenvalues", Arrays.toString(analysis.eigenvalues()));
        line(stdout, "max_stable_rate", text(analysis.maxStableRate()));
        line(stdout, "optimal_rate", text(analysis.optimalRate()));
        line(stdout, "oscillation_rate", text(analysis.oscillationRate()));
        if (stdout.checkError()) {
            throw new IOException("cannot write standard output");
        }
        return GdvizCli.EXIT_DONE;
    }

    private static void line(PrintWriter out, String name, String value) {
        out.print(name + ": " + value + "\n");
    }

    private static String text(CriticalRate rate) {
        return rate.isPresent() ? Double.toString(rate.value()) : "none (" + rate.reason() + ")";
    }
}
