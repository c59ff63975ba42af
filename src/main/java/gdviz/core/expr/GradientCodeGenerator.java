package gdviz.core.expr;

import java.io.IOException;
import java.util.List;

/**
 * Compiles a {@link Tape} to a hidden JVM class implementing {@link GradientCode}, for the same reason
 * as {@link ValueCodeGenerator}: interpreting the tape costs far more than its arithmetic. The derivative
 * of each step comes from calls to the methods of {@link UnaryRule}, {@link BinaryRule} and {@link JetWork}
 * that the tape itself uses, which the JIT inlines, so there is one definition of the calculus; only
 * where a derivative is a number or an operand (those of +, -, *, of dividing by a constant and of a
 * constant power) is it written out, and the property test against the tape holds those to the bit.
 *
 * <p>Should the class not load, or a method be longer than the JIT compiles (then it would run slower
 * than the tape), the tape itself computes the gradients.
 */
final class GradientCodeGenerator {

    private static final String THIS_CLASS = "gdviz/core/expr/GeneratedGradientCode";
    private static final String EXACT_METHOD = "exactValueAndGradient";
    private static final String DESCRIPTOR = "([D[D)D";
    /** HotSpot leaves methods with more bytecode than this interpreted (-XX:HugeMethodLimit). */
    static final int JIT_METHOD_LIMIT = 8000;
    /**
     * HotSpot inlines a hot method into its caller only up to this many bytes of bytecode
     * (-XX:FreqInlineSize); a gradient method that is not inlined costs a call and leaves the point and
     * gradient arrays in memory, several times the arithmetic of a function such as Rosenbrock's.
     */
    static final int HOT_INLINE_LIMIT = 325;

    private GradientCodeGenerator() {
    }

    /** Gradient code for {@code tape}: generated when possible, the tape run for gradients otherwise. */
    static GradientCode generate(Tape tape) {
        return GeneratedClass.instanceOr(GradientCode.class, () -> classFile(tape), () -> new TapeGradientCode(tape));
    }

    static byte[] classFile(Tape tape) throws IOException {
        ConstantPool pool = new ConstantPool();
        ValueCodeWriter fast = method(tape, pool, false);
        ValueCodeWriter exact = method(tape, pool, true);
        return GeneratedClass.classFile(pool, THIS_CLASS, "gdviz/core/expr/GradientCode", List.of(
                new GeneratedClass.Method("valueAndGradient", DESCRIPTOR, fast),
                new GeneratedClass.Method(EXACT_METHOD, DESCRIPTOR, exact)));
    }

    /** The bytecode length of the method that computes the gradient at points where no value is NaN. */
    static int fastMethodLength(Tape tape) {
        return method(tape, new ConstantPool(), false).code().length;
    }

    private static ValueCodeWriter method(Tape tape, ConstantPool pool, boolean exact) {
        List<Step> steps = tape.steps();
        boolean[] carried = new boolean[steps.size()];
        for (Step step : steps) {
            step.markNaNCarried(carried);
        }
        GradientCodeWriter writer = new GradientCodeWriter(pool, steps.size(), tape.dimension(), exact, carried);
        for (Step step : steps) {
            step.emitGradient(writer);
        }
        writer.finish(steps.size() - 1, THIS_CLASS, EXACT_METHOD);
        ValueCodeWriter code = writer.values();
        int length = code.code().length;
        if (length > JIT_METHOD_LIMIT) {
            throw new IllegalStateException("gradient code of " + length + " bytes would not be compiled");
        }
        return code;
    }
}
