package gdviz.core.expr;

import java.io.IOException;
import java.util.List;

/**
 * Compiles a {@link Tape} to a JVM class implementing {@link ValueCode}, defined as a hidden class so it
 * is unloaded with the function. The JIT then treats a typed function like hand-written Java: a tree
 * interpreter pays a virtual call per node, which costs several times the arithmetic of a function such
 * as x^2 + x*y + y^2. The calculus stays in {@link UnaryRule} and {@link BinaryRule}, which the code
 * calls. Should the class not load, the tape itself computes the values.
 */
final class ValueCodeGenerator {

    private static final String THIS_CLASS = "gdviz/core/expr/GeneratedValueCode";

    private ValueCodeGenerator() {
    }

    /** Value code for {@code tape}: generated when possible, the tape run for values otherwise. */
    static ValueCode generate(Tape tape) {
        return GeneratedClass.instanceOr(ValueCode.class, () -> classFile(tape), () -> new TapeValueCode(tape));
    }

    static byte[] classFile(Tape tape) throws IOException {
        ConstantPool pool = new ConstantPool();
        ValueCodeWriter value = new ValueCodeWriter(pool);
        for (Step step : tape.steps()) {
            step.emit(value);
        }
        value.returnSlot(tape.steps().size() - 1);
        return GeneratedClass.classFile(pool, THIS_CLASS, "gdviz/core/expr/ValueCode",
                List.of(new GeneratedClass.Method("value", "([D)D", value)));
    }
}
