package gdviz.core.expr;

import java.io.ByteArrayOutputStream;

/**
 * Writes the bytecode of {@code double value(double[] point)}: straight-line code with one double local
 * per tape slot, no branches (so the class file needs no stack map frames). Tracks the operand stack
 * depth for the class file's max_stack.
 */
final class ValueCodeWriter {

    private static final String UNARY_RULE = "gdviz/core/expr/UnaryRule";
    private static final String BINARY_RULE = "gdviz/core/expr/BinaryRule";

    private static final int ALOAD_1 = 0x2b;
    private static final int BIPUSH = 0x10;
    private static final int SIPUSH = 0x11;
    private static final int LDC2_W = 0x14;
    private static final int DLOAD = 0x18;
    private static final int DALOAD = 0x31;
    private static final int DSTORE = 0x39;
    private static final int DADD = 0x63;
    private static final int DSUB = 0x67;
    private static final int DMUL = 0x6b;
    private static final int DDIV = 0x6f;
    private static final int DREM = 0x73;
    private static final int DNEG = 0x77;
    private static final int DRETURN = 0xaf;
    private static final int GETSTATIC = 0xb2;
    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKESTATIC = 0xb8;
    private static final int WIDE = 0xc4;

    /** Locals 0 and 1 are {@code this} and the point; slot s lives in the pair 2 + 2s. */
    private static final int FIRST_SLOT_LOCAL = 2;

    private final ConstantPool pool;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private int depth;
    private int maxDepth;
    private int maxLocals = FIRST_SLOT_LOCAL;

    ValueCodeWriter(ConstantPool pool) {
        this.pool = pool;
    }

    void loadCoordinate(int index) {
        op(ALOAD_1, 1);
        if (index <= Byte.MAX_VALUE) {
            op(BIPUSH, 1);
            code.write(index);
        } else if (index <= Short.MAX_VALUE) {
            op(SIPUSH, 1);
            u2(index);
        } else {
            throw new IllegalStateException("too many variables for generated code: " + index);
        }
        op(DALOAD, 0);
    }

    void loadConstant(double value) {
        op(LDC2_W, 2);
        u2(pool.doubleValue(value));
    }

    void load(int slot) {
        local(DLOAD, slot, 2);
    }

    void store(int slot) {
        local(DSTORE, slot, -2);
        maxLocals = Math.max(maxLocals, FIRST_SLOT_LOCAL + 2 * slot + 2);
    }

    void negate() {
        op(DNEG, 0);
    }

    /** Pushes the rule object, ahead of its argument, for {@link #applyRule}. */
    void pushRule(UnaryRule rule) {
        op(GETSTATIC, 1);
        u2(pool.fieldRef(UNARY_RULE, rule.name(), "L" + UNARY_RULE + ";"));
    }

    /** Replaces rule and argument on the stack with {@link UnaryRule#value}. */
    void applyRule() {
        op(INVOKEVIRTUAL, -1);
        u2(pool.methodRef(UNARY_RULE, "value", "(D)D"));
    }

    /** Replaces two operands with {@link BinaryRule#value}: the JVM's own instruction where it is the same. */
    void operator(BinaryRule rule) {
        switch (rule) {
            case ADD -> op(DADD, -2);
            case SUBTRACT -> op(DSUB, -2);
            case MULTIPLY -> op(DMUL, -2);
            case DIVIDE -> op(DDIV, -2);
            case MODULO -> op(DREM, -2);
            case POWER -> {
                op(INVOKESTATIC, -2);
                u2(pool.methodRef(BINARY_RULE, "power", "(DD)D"));
            }
        }
    }

    void returnSlot(int slot) {
        load(slot);
        op(DRETURN, -2);
    }

    byte[] code() {
        return code.toByteArray();
    }

    int maxStack() {
        return maxDepth;
    }

    int maxLocals() {
        return maxLocals;
    }

    private void local(int opcode, int slot, int stackChange) {
        int local = FIRST_SLOT_LOCAL + 2 * slot;
        if (local <= 0xFF) {
            op(opcode, stackChange);
            code.write(local);
        } else if (local <= 0xFFFF - 1) {
            code.write(WIDE);
            op(opcode, stackChange);
            u2(local);
        } else {
            throw new IllegalStateException("too many slots for generated code: " + slot);
        }
    }

    private void op(int opcode, int stackChange) {
        code.write(opcode);
        depth += stackChange;
        maxDepth = Math.max(maxDepth, depth);
    }

    private void u2(int value) {
        code.write(value >>> 8);
        code.write(value);
    }
}
