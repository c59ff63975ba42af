package gdviz.core.expr;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes {@code double valueAndGradient(double[] point, double[] gradient)} for a {@link Tape}: the value
 * code of every step followed by the partial derivatives of its slot, each in its own local — the tape's
 * forward mode unrolled, with the same operations in the same order, so results agree to the bit.
 *
 * <p>A partial that the structure of the function makes 0 (∂x/∂y, and everything built only from such)
 * is exactly +0.0 on the tape too, as long as no value on the way is NaN, so the fast variant leaves
 * it out altogether. A NaN value on the tape turns all of its slot's partials NaN (see {@link JetWork}),
 * which is no longer structural; the fast variant therefore notes, without branching, whether any value
 * was NaN and then hands over to the exact variant, which computes every partial and applies the rule.
 */
final class GradientCodeWriter {

    /** Local 3 holds the NaN flag; locals 0 to 2 are {@code this}, the point and the gradient. */
    private static final int FLAG = 3;
    private static final int FIRST_SLOT_LOCAL = 4;
    private static final int ZERO = -1;
    /** A variable's own partial, 1, written as a constant so that the JIT folds it and the code stays short. */
    private static final int ONE = -2;

    private final ValueCodeWriter code;
    private final int dimension;
    private final boolean exact;
    /** For each slot and variable: the local holding that partial, {@link #ZERO} or {@link #ONE}. */
    private final int[][] partials;
    private final int firstFactor;
    private final int secondFactor;
    private int nextLocal;

    /**
     * @param exact whether to write the exact variant (every partial, NaN rule applied) rather than the
     *              fast one
     */
    GradientCodeWriter(ConstantPool pool, int slots, int dimension, boolean exact) {
        this.code = new ValueCodeWriter(pool, FIRST_SLOT_LOCAL);
        this.dimension = dimension;
        this.exact = exact;
        this.partials = new int[slots][dimension];
        for (int[] row : partials) {
            Arrays.fill(row, ZERO);
        }
        this.firstFactor = code.localAfter(slots);
        this.secondFactor = firstFactor + 2;
        this.nextLocal = secondFactor + 2;
        if (!exact) {
            code.clearFlag(FLAG);
        }
    }

    /** Where steps write their value code; slot values are stored in it as in the value code. */
    ValueCodeWriter values() {
        return code;
    }

    /** Slot {@code out} is the variable {@code index}: its gradient is that unit vector. */
    void variable(int out, int index) {
        partials[out][index] = ONE;
    }

    /**
     * Slot {@code out} (its value already stored) is f(u) of slot {@code u}: each partial is
     * {@link JetWork#times}(f', ∂u).
     *
     * @param derivative pushes f'(u)
     */
    void chain(int out, int u, Consumer<ValueCodeWriter> derivative) {
        noteNaN(out);
        derivative.accept(code);
        code.storeLocal(firstFactor);
        for (int i = 0; i < dimension; i++) {
            int du = partials[u][i];
            if (du != ZERO || exact) {
                startPartial(out);
                term(firstFactor, du);
                finishPartial(out, i);
            }
        }
    }

    /**
     * Slot {@code out} (its value already stored) is f(a, b) of slots {@code a} and {@code b}: each
     * partial is times(fa, ∂a) + times(fb, ∂b).
     */
    void chain(int out, int a, int b, Consumer<ValueCodeWriter> da, Consumer<ValueCodeWriter> db) {
        noteNaN(out);
        da.accept(code);
        code.storeLocal(firstFactor);
        db.accept(code);
        code.storeLocal(secondFactor);
        for (int i = 0; i < dimension; i++) {
            int pa = partials[a][i];
            int pb = partials[b][i];
            if (pa != ZERO || pb != ZERO || exact) {
                startPartial(out);
                term(firstFactor, pa);
                term(secondFactor, pb);
                code.add();
                finishPartial(out, i);
            }
        }
    }

    /**
     * Ends the method: writes the gradient of the slot {@code result} (as {@link JetWork#copyOut}, -0.0
     * as 0.0) and returns its value; the fast variant first hands over to {@code exactMethod} of
     * {@code thisClass} when a value was NaN.
     */
    void finish(int result, String thisClass, String exactMethod) {
        if (!exact) {
            code.branchIfFlagged(FLAG);
        }
        for (int i = 0; i < dimension; i++) {
            code.startElement(i);
            int partial = partials[result][i];
            if (partial == ZERO) {
                code.loadZero();
            } else {
                loadPartial(partial);
                code.loadZero();
                code.add();
            }
            code.storeElement();
        }
        code.returnSlot(result);
        if (!exact) {
            code.landBranch();
            code.returnSibling(thisClass, exactMethod);
        }
    }

    private void noteNaN(int out) {
        if (!exact) {
            code.flagNaN(out, FLAG);
        }
    }

    private void startPartial(int out) {
        if (exact) {
            code.load(out);
        }
    }

    private void finishPartial(int out, int variable) {
        if (exact) {
            code.callStatic(JetWork.class, "derivative");
        }
        int local = newLocal();
        code.storeLocal(local);
        partials[out][variable] = local;
    }

    /** Pushes times(factor, partial); a structural 0 is pushed as the 0.0 that times gives for it. */
    private void term(int factor, int partial) {
        if (partial == ZERO) {
            code.loadZero();
        } else {
            code.loadLocal(factor);
            loadPartial(partial);
            code.callStatic(JetWork.class, "times");
        }
    }

    private void loadPartial(int partial) {
        if (partial == ONE) {
            code.loadOne();
        } else {
            code.loadLocal(partial);
        }
    }

    private int newLocal() {
        int local = nextLocal;
        nextLocal += 2;
        return local;
    }
}
