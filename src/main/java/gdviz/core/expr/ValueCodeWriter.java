package gdviz.core.expr;

import java.io.ByteArrayOutputStream;

/**
 * Writes the bytecode of one method of generated code taking the point as its first argument, such as
 * {@code double value(double[] point)}: straight-line code with one double local per tape slot, at most
 * one forward branch (so one stack map frame, the method's initial one, describes every branch target).
 * Tracks the operand stack depth for the class file's max_stack.
 */
final class ValueCodeWriter {

    private static final String UNARY_RULE = "gdviz/core/expr/UnaryRule";
    private static final String BINARY_RULE = "gdviz/core/expr/BinaryRule";

    private static final int ALOAD_0 = 0x2a;
    private static final int ALOAD_1 = 0x2b;
    private static final int ALOAD_2 = 0x2c;
    private static final int DCONST_0 = 0x0e;
    private static final int DCONST_1 = 0x0f;
    private static final int DASTORE = 0x52;
    private static final int DCMPG = 0x98;
    private static final int DUP2 = 0x5c;
    private static final int IFNE = 0x9a;
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
    /** same_frame_extended: the target has the method's initial locals and an empty stack. */
    private static final int SAME_FRAME_EXTENDED = 251;
    private static final int WIDE = 0xc4;

    /** Locals 0 and 1 are {@code this} and the point; slot s lives in the pair 2 + 2s. */
    private static final int FIRST_SLOT_LOCAL = 2;

    private final ConstantPool pool;
    private final int firstSlotLocal;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private int depth;
    private int maxDepth;
    private int maxLocals;
    private int branch = -1;
    private int target = -1;

    /** A writer for {@code value(double[] point)}. */
    ValueCodeWriter(ConstantPool pool) {
        this(pool, FIRST_SLOT_LOCAL);
    }

    /** A writer whose slot s lives in the local pair {@code firstSlotLocal + 2s}; lower locals are the caller's. */
    ValueCodeWriter(ConstantPool pool, int firstSlotLocal) {
        this.pool = pool;
        this.firstSlotLocal = firstSlotLocal;
        this.maxLocals = firstSlotLocal;
    }

    /** The first local past the pairs of {@code slots} slots. */
    int localAfter(int slots) {
        return firstSlotLocal + 2 * slots;
    }

    void loadCoordinate(int index) {
        op(ALOAD_1, 1);
        pushIndex(index);
        op(DALOAD, 0);
    }

    private void pushIndex(int index) {
        if (index <= Byte.MAX_VALUE) {
            op(BIPUSH, 1);
            code.write(index);
        } else if (index <= Short.MAX_VALUE) {
            op(SIPUSH, 1);
            u2(index);
        } else {
            throw new IllegalStateException("too many variables for generated code: " + index);
        }
    }

    void loadConstant(double value) {
        if (Double.doubleToRawLongBits(value) == 0L) {
            loadZero();
        } else if (value == 1) {
            loadOne();
        } else {
            op(LDC2_W, 2);
            u2(pool.doubleValue(value));
        }
    }

    void load(int slot) {
        loadLocal(firstSlotLocal + 2 * slot);
    }

    void store(int slot) {
        storeLocal(firstSlotLocal + 2 * slot);
    }

    /** Pushes the double in the local pair starting at {@code local}. */
    void loadLocal(int local) {
        local(DLOAD, local, 2);
    }

    void storeLocal(int local) {
        local(DSTORE, local, -2);
        maxLocals = Math.max(maxLocals, local + 2);
    }

    void loadZero() {
        op(DCONST_0, 2);
    }

    void loadOne() {
        op(DCONST_1, 2);
    }

    void add() {
        op(DADD, -2);
    }

    void multiply() {
        op(DMUL, -2);
    }

    /** Pushes a second copy of the double on top of the stack. */
    void duplicate() {
        op(DUP2, 2);
    }

    /**
     * Pushes {@link BinaryRule#power}(slot, exponent) for an exponent known now, written out as the
     * multiplications power does for that exponent, or as Math.pow: the JIT then has no branches to fold
     * and no shared method whose profile it must trust.
     */
    void power(int slot, double exponent) {
        if (exponent == 0) {
            loadOne();
            return;
        }
        load(slot);
        if (exponent == 1) {
            return;
        }
        if (exponent == 2 || exponent == 3) {
            load(slot);
            multiply();
            if (exponent == 3) {
                load(slot);
                multiply();
            }
        } else if (exponent == 4) {
            load(slot);
            multiply();
            duplicate();
            multiply();
        } else {
            loadConstant(exponent);
            op(INVOKESTATIC, -2);
            u2(pool.methodRef("java/lang/Math", "pow", "(DD)D"));
        }
    }

    /**
     * Starts a NaN check: a sum kept at the bottom of the operand stack, to which {@link #addToNaNCheck}
     * adds values. The sum is NaN when one of them was — or, rarely, when infinities of both signs meet,
     * a false alarm that costs only time. Three bytes per value keep the method short enough to inline.
     */
    void startNaNCheck() {
        loadZero();
    }

    void addToNaNCheck(int slot) {
        load(slot);
        add();
    }

    /** Ends the NaN check: jumps to the place {@link #landBranch} marks when the sum is NaN. */
    void branchIfNaN() {
        if (branch >= 0) {
            throw new IllegalStateException("generated code has one branch only");
        }
        duplicate();
        op(DCMPG, -3);
        branch = code.size();
        op(IFNE, -1);
        u2(0);
    }

    /** The target of the branch; the operand stack must be empty and only the arguments live. */
    void landBranch() {
        target = code.size();
    }

    /** Pushes the rule object, ahead of its arguments, for {@link #callBinaryRule}. */
    void pushRule(BinaryRule rule) {
        op(GETSTATIC, 1);
        u2(pool.fieldRef(BINARY_RULE, rule.name(), "L" + BINARY_RULE + ";"));
    }

    /** Replaces a rule and its argument on the stack with the result of the rule's {@code method}. */
    void callUnaryRule(String method) {
        op(INVOKEVIRTUAL, -1);
        u2(pool.methodRef(UNARY_RULE, method, "(D)D"));
    }

    /** Replaces a rule and its two arguments on the stack with the result of the rule's {@code method}. */
    void callBinaryRule(String method) {
        op(INVOKEVIRTUAL, -3);
        u2(pool.methodRef(BINARY_RULE, method, "(DD)D"));
    }

    /** Calls a static {@code (DD)D} method of this package's {@code owner}. */
    void callStatic(Class<?> owner, String method) {
        op(INVOKESTATIC, -2);
        u2(pool.methodRef(owner.getName().replace('.', '/'), method, "(DD)D"));
    }

    /** Returns what {@code method(point, array)} of this same generated class returns. */
    void returnSibling(String thisClass, String method) {
        op(ALOAD_0, 1);
        op(ALOAD_1, 1);
        op(ALOAD_2, 1);
        op(INVOKEVIRTUAL, -1);
        u2(pool.methodRef(thisClass, method, "([D[D)D"));
        op(DRETURN, -2);
    }

    /**
     * Starts {@code array[index] = ...} on the array in local 2; push the double, then call
     * {@link #storeElement}.
     */
    void startElement(int index) {
        op(ALOAD_2, 1);
        pushIndex(index);
    }

    void storeElement() {
        op(DASTORE, -4);
    }

    void negate() {
        op(DNEG, 0);
    }

    /** Pushes the rule object, ahead of its argument, for {@link #applyRule} or {@link #callUnaryRule}. */
    void pushRule(UnaryRule rule) {
        op(GETSTATIC, 1);
        u2(pool.fieldRef(UNARY_RULE, rule.name(), "L" + UNARY_RULE + ";"));
    }

    /** Replaces rule and argument on the stack with {@link UnaryRule#value}. */
    void applyRule() {
        callUnaryRule("value");
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

    /** The code, with the branch (if any) pointing at its target. */
    byte[] code() {
        byte[] bytes = code.toByteArray();
        if (branch >= 0) {
            if (target < 0) {
                throw new IllegalStateException("branch without a target");
            }
            int offset = target - branch;
            bytes[branch + 1] = (byte) (offset >>> 8);
            bytes[branch + 2] = (byte) offset;
        }
        return bytes;
    }

    /** The entries of the StackMapTable attribute: none, or the one frame of the branch target. */
    byte[] stackMapFrames() {
        if (target < 0) {
            return new byte[0];
        }
        return new byte[] {0, 1, (byte) SAME_FRAME_EXTENDED, (byte) (target >>> 8), (byte) target};
    }

    int maxStack() {
        return maxDepth;
    }

    int maxLocals() {
        return maxLocals;
    }

    private void local(int opcode, int local, int stackChange) {
        if (local <= 0xFF) {
            op(opcode, stackChange);
            code.write(local);
        } else if (local <= 0xFFFF - 1) {
            code.write(WIDE);
            op(opcode, stackChange);
            u2(local);
        } else {
            throw new IllegalStateException("too many locals for generated code: " + local);
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
