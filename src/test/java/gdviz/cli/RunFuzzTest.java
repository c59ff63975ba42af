package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.HostileText;
import gdviz.core.expr.TimedWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile function texts given to {@code run}: each run either writes its table and one line saying why it
 * stopped, or exits 2 with one line {@code error: ...} that names the column. Nothing else, and never slowly.
 */
class RunFuzzTest {

    private static final int RUNS = 500;
    private static final Duration CAP = Duration.ofSeconds(5);
    private static final String[] RATES = {"1e-12", "0.001", "0.1", "1", "1000", "1e6"};

    private final TimedWorker worker = new TimedWorker();

    @AfterEach
    void stopWorker() {
        worker.close();
    }

    @Test
    void everyRunWritesItsTableOrOneErrorLineSayingWhere() {
        List<String> texts = new HostileText(4242L).texts(10_000);
        Random random = new Random(11);
        // The fixed extremes come first and are always run; a random sample of the rest follows.
        int fixed = HostileText.extremes().size();
        List<String> sample = new ArrayList<>(texts.subList(0, fixed));
        List<String> rest = new ArrayList<>(texts.subList(fixed, texts.size()));
        Collections.shuffle(rest, random);
        sample.addAll(rest.subList(0, RUNS - sample.size()));
        int completed = 0;
        long slowest = 0;
        String slowestText = "";
        for (String text : sample) {
            String[] args = {"run", "--function=" + text, "--start=" + startFor(text, random),
                "--rate=" + RATES[random.nextInt(RATES.length)], "--steps=200"};
            long started = System.nanoTime();
            Cli.Result result = worker.within(CAP, () -> Cli.run(args), text);
            long took = System.nanoTime() - started;
            if (took > slowest) {
                slowest = took;
                slowestText = text;
            }
            if (assertOneOutcome(text, result)) {
                completed++;
            }
        }
        System.out.printf("run fuzzing: %d runs, %d completed, slowest %.0f ms: %s%n", sample.size(), completed,
                slowest / 1e6, abbreviated(slowestText));
        assertThat(completed).isGreaterThan(RUNS / 20);
    }

    /** Whether the run completed; either way, asserts the streams hold what the contract says. */
    private static boolean assertOneOutcome(String text, Cli.Result result) {
        String shown = abbreviated(text);
        assertThat(result.err()).as(shown).endsWith("\n").hasLineCount(1);
        if (result.exitCode() == GdvizCli.EXIT_DONE) {
            assertThat(result.err()).as(shown).containsAnyOf("converged", "diverged", "left the domain",
                    "iteration limit");
            assertThat(result.out().lines().count()).as(shown).isGreaterThanOrEqualTo(2);
            return true;
        }
        assertThat(result.exitCode()).as(shown + ": " + result.err()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).as(shown).startsWith("error: ").doesNotContain("unexpected failure");
        assertThat(result.err()).as(shown).matches(
                "error: (.*column \\d+.*|the function is empty|the function has no variable.*)\n");
        assertThat(result.out()).isEmpty();
        return false;
    }

    /** A start point of the right dimension when the text reads, or a guess that may not fit. */
    private static String startFor(String text, Random random) {
        int dimension;
        try {
            dimension = FunctionParser.parse(text).variables().size();
        } catch (ExpressionException e) {
            dimension = 1;
        }
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < dimension; i++) {
            start.append(i == 0 ? "" : ",").append(random.nextInt(4) == 0 ? "1e300" : "0.5");
        }
        return start.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "... (" + text.length() + " chars)" : text;
    }
}
