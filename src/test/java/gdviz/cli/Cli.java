package gdviz.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this process and captures what it prints. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = GdvizCli.execute(args, print(out), print(err));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with a standard output that refuses every byte, like a closed pipe. */
    static Result runWithBrokenStandardOutput(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream broken = OutputStream.nullOutputStream();
        PrintStream refusing = new PrintStream(broken) {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                setError();
            }

            @Override
            public void write(int b) {
                setError();
            }
        };
        int exitCode = GdvizCli.execute(args, refusing, print(err));
        return new Result(exitCode, "", err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
