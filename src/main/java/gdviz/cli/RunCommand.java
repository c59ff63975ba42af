package gdviz.cli;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.Outcome;
import gdviz.io.AtomicFileWriter;
import gdviz.io.StepCsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gdviz run}: descends from a start point and streams one CSV row per iteration to standard
 * output or a file, then states on standard error why it stopped. No row is kept in memory.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs gradient descent and writes one CSV row per iteration:",
            "iteration,<var>...,f,grad_<var>...,grad_norm,step_length (row 0 is the start).",
            "Why it stopped goes to standard error as one line."})
final class RunCommand implements Callable<Integer> {

    /** How often, in rows, to ask whether standard output still accepts text (a closed pipe). */
    private static final int OUTPUT_CHECK_INTERVAL = 4096;

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--start", required = true, split = ",", paramLabel = "A[,B...]", hideParamSyntax = true,
            converter = Numbers.Finite.class, description = "the start point, one value per variable")
    double[] start;

    @Option(names = "--rate", required = true, paramLabel = "R", converter = Numbers.Positive.class,
            description = "the learning rate, above 0")
    double rate;

    @Option(names = "--steps", paramLabel = "N", converter = Numbers.Count.class,
            defaultValue = "" + DescentSettings.DEFAULT_MAX_ITERATIONS,
            description = "the iteration limit (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tolerance", paramLabel = "T", converter = Numbers.NonNegative.class,
            defaultValue = "" + DescentSettings.DEFAULT_TOLERANCE,
            description = "stop once |grad f| <= T (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--optimizer", paramLabel = "NAME", converter = OptimizerChoice.Converter.class,
            defaultValue = "gd", completionCandidates = OptimizerChoice.Names.class,
            description = "the update rule: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    OptimizerChoice optimizer;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the CSV to FILE, replacing it only when complete; default: standard output")
    Path out;

    @Override
    public Integer call() throws UserInputException, IOException {
        DifferentiableFunction f = function.parse().compile();
        requireStartFits(f.variables());
        Descent descent = new Descent(f, optimizer.rule(), new DescentSettings(rate, steps, tolerance));
        Outcome outcome = out == null ? toStandardOutput(descent) : toFile(descent);
        spec.commandLine().getErr().print(outcome.description() + "\n");
        return GdvizCli.EXIT_DONE;
    }

    private void requireStartFits(List<String> variables) throws UserInputException {
        if (start.length != variables.size()) {
            throw new UserInputException("--start has " + count(start.length, "value") + " but the function has "
                    + count(variables.size(), "variable") + " (" + String.join(", ", variables) + ")");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Outcome toStandardOutput(Descent descent) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        StepCsvWriter csv = new StepCsvWriter(stdout, descent.function().variables());
        Outcome outcome = descent.run(start, step -> {
            csv.accept(step);
            // PrintWriter swallows failures; without asking, a closed pipe would not stop a long run.
            if (step.iteration() % OUTPUT_CHECK_INTERVAL == 0 && stdout.checkError()) {
                throw standardOutputFailed();
            }
        });
        csv.flush();
        if (stdout.checkError()) {
            throw standardOutputFailed();
        }
        return outcome;
    }

    private static IOException standardOutputFailed() {
        return new IOException("cannot write standard output");
    }

    private Outcome toFile(Descent descent) throws IOException {
        Outcome[] outcome = new Outcome[1];
        AtomicFileWriter.writeText(out, writer -> {
            StepCsvWriter csv = new StepCsvWriter(writer, descent.function().variables());
            outcome[0] = descent.run(start, csv);
            csv.flush();
        });
        return outcome[0];
    }
}
