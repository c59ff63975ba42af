package gdviz.cli;

import gdviz.chart.FigureException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The gdviz command line: {@code run}, {@code gradient}, {@code analyze}, {@code plot} and help. Every failure is
 * one line {@code error: ...} on standard error, never a stack trace, with the exit code telling its kind.
 */
public final class GdvizCli {

    /** The command finished; for {@code run}, whatever the stop reason. */
    public static final int EXIT_DONE = 0;

    /** A file or standard output could not be written, or a figure could not be rendered. */
    public static final int EXIT_IO_FAILURE = 1;

    /** The arguments were wrong: unknown option, unparsable function, value out of range. */
    public static final int EXIT_BAD_INPUT = 2;

    private GdvizCli() {
    }

    /**
     * Runs one command line in this process, without exiting.
     *
     * @param args the arguments after the program name
     * @param out  standard output; receives UTF-8 text
     * @param err  standard error; receives UTF-8 text
     * @return {@link #EXIT_DONE}, {@link #EXIT_IO_FAILURE} or {@link #EXIT_BAD_INPUT}
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        // Built on the PrintStreams themselves, so checkError() sees their failures too.
        PrintWriter outWriter = new PrintWriter(out, false, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            return new CommandLine(new GdvizCommand())
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(GdvizCli::badArguments)
                    .setExecutionExceptionHandler(GdvizCli::failure)
                    .execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    private static int badArguments(ParameterException problem, String[] args) {
        String message = lowerFirst(firstLine(problem.getMessage()));
        if (problem instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        return report(problem.getCommandLine().getErr(), message, EXIT_BAD_INPUT);
    }

    private static int failure(Exception problem, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (problem instanceof UserInputException) {
            return report(err, problem.getMessage(), EXIT_BAD_INPUT);
        }
        if (problem instanceof IOException || problem instanceof FigureException) {
            return report(err, problem.getMessage(), EXIT_IO_FAILURE);
        }
        return report(err, "unexpected failure, please report it: " + problem, EXIT_IO_FAILURE);
    }

    private static int report(PrintWriter err, String message, int exitCode) {
        err.print("error: " + firstLine(message) + "\n");
        err.flush();
        return exitCode;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** Picocli writes "Unknown option: ..."; our messages are lower case after "error: ". */
    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
