package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand hostile texts: each either reads as a function that can be compiled, evaluated,
 * differentiated and shown, or is refused with one line that says where the problem is. Nothing throws
 * anything else, nothing overflows the stack, and no text takes long.
 */
class ParserFuzzTest {

    private static final int TEXTS = 10_000;
    /** Generous: a text normally takes well under a millisecond; this only catches runaway work. */
    private static final Duration CAP = Duration.ofSeconds(5);

    private final TimedWorker worker = new TimedWorker();

    @AfterEach
    void stopWorker() {
        worker.close();
    }

    @Test
    void everyTextReadsOrIsRefusedWithOneLineSayingWhere() {
        List<String> texts = new HostileText(20_26_11_22L).texts(TEXTS);
        Random points = new Random(7);
        List<String> accepted = new ArrayList<>();
        long slowest = 0;
        String slowestText = "";
        for (String text : texts) {
            long started = System.nanoTime();
            String outcome = worker.within(CAP, () -> readAndUse(text, points), text);
            long took = System.nanoTime() - started;
            if (took > slowest) {
                slowest = took;
                slowestText = text;
            }
            if (outcome == null) {
                accepted.add(text);
            }
        }
        System.out.printf("parser fuzzing: %d texts, %d accepted, slowest %.1f ms: %s%n", texts.size(),
                accepted.size(), slowest / 1e6, abbreviated(slowestText));
        // The generator must exercise both sides, or the test proves little.
        assertThat(accepted).hasSizeGreaterThan(TEXTS / 20);
        assertThat(texts.size() - accepted.size()).isGreaterThan(TEXTS / 2);
    }

    /** Null when the text was accepted and every use worked; otherwise the refusal's message. */
    private static String readAndUse(String text, Random points) {
        ParsedFunction function;
        try {
            function = FunctionParser.parse(text);
        } catch (ExpressionException e) {
            assertWellFormedRefusal(text, e);
            return e.getMessage();
        }
        CompiledFunction compiled = function.compile();
        int n = compiled.dimension();
        double[] gradient = new double[n];
        double[] hessian = new double[n * n];
        for (double[] point : List.of(new double[n], randomPoint(points, n), randomPoint(points, n))) {
            double value = compiled.value(point);
            double same = compiled.valueAndGradient(point, gradient);
            compiled.valueGradientHessian(point, gradient, hessian);
            assertThat(Double.doubleToLongBits(same)).as(text).isEqualTo(Double.doubleToLongBits(value));
        }
        // The readable derivatives simplify symbolically, which costs far more; a sample shows they cope.
        if (points.nextInt(10) == 0) {
            for (int i = 0; i < n; i++) {
                assertThat(ReadableDerivatives.partial(function.root(), i)).as(text).isNotBlank();
            }
        }
        return null;
    }

    private static double[] randomPoint(Random random, int n) {
        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = random.nextInt(5) == 0 ? random.nextGaussian() * 1e300 : random.nextGaussian() * 3;
        }
        return point;
    }

    /**
     * One line; a position inside the text that the message names as its column, unless the problem
     * belongs to the whole text (empty, or without a variable).
     */
    static void assertWellFormedRefusal(String text, ExpressionException e) {
        String message = e.getMessage();
        assertThat(message).as(abbreviated(text)).isNotBlank().doesNotContain("\n", "\r")
                .doesNotStartWith("the function could not be read");
        assertThat(message.length()).as(abbreviated(text)).isLessThan(400);
        if (e.position() < 0) {
            assertThat(message).as(abbreviated(text)).matches("the function is empty|the function has no variable.*");
        } else {
            assertThat(e.position()).as(abbreviated(text)).isLessThan(text.length());
            assertThat(message).as(abbreviated(text)).contains("column " + (e.position() + 1));
        }
    }

    static String abbreviated(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " chars)" : text;
        return shown.codePoints().collect(StringBuilder::new, (b, c) -> {
            if (c < 0x20 || Character.isSurrogate((char) c) && c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        }, StringBuilder::append).toString();
    }
}
