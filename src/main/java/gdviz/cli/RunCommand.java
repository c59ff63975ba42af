package gdviz.cli;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.Outcome;
import gdviz.io.AtomicFileWriter;
import gdviz.io.StepCsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = {"Runs gradient descent, or the --optimizer chosen, and writes one CSV row per iteration:",
            "iteration,<var>...,f,grad_<var>...,grad_norm,step_length (row 0 is the start).",
            "Why it stopped goes to standard error as one line."})
final class RunCommand implements Callable<Integer> {

    /** How often, in rows, to ask whether standard output still accepts text (a closed pipe). */
    private static final int OUTPUT_CHECK_INTERVAL = 4096;

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Mixin
    DescentOptions descent;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the CSV to FILE, replacing it only when complete; default: standard output")
    Path out;

    @Override
    public Integer call() throws UserInputException, IOException {
        DifferentiableFunction f = function.parse().compile();
        double[] start = descent.startFor(f.variables());
        Descent run = descent.descentOf(f);
        Outcome outcome = out == null ? toStandardOutput(run, start) : toFile(run, start);
        spec.commandLine().getErr().print(outcome.description() + "\n");
        return GdvizCli.EXIT_DONE;
    }

    private Outcome toStandardOutput(Descent run, double[] start) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        StepCsvWriter csv = new StepCsvWriter(stdout, run.function().variables());
        Outcome outcome = run.run(start, step -> {
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

    private Outcome toFile(Descent run, double[] start) throws IOException {
        Outcome[] outcome = new Outcome[1];
        AtomicFileWriter.writeText(out, writer -> {
            StepCsvWriter csv = new StepCsvWriter(writer, run.function().variables());
            outcome[0] = run.run(start, csv);
            csv.flush();
        });
        return outcome[0];
    }
}
