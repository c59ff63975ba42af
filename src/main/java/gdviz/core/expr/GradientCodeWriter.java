package gdviz.core.expr;

import java.util.Arrays;

/**
 * Writes {@code double valueAndGradient(double[] point, double[] gradient)} for a {@link Tape}: the value
 * code of every step followed by the partial derivatives of its slot, each in its own local — the tape's
 * forward mode unrolled, with the same operations in the same order, so results agree to the bit.
 *
 * <p>A partial that the structure of the function makes 0 (∂x/∂y, and everything built only from such)
 * is exactly +0.0 on the tape too, as long as no value on the way is NaN, so the fast variant leaves
 * it out altogether; likewise a partial that is the same number everywhere (∂(3x)/∂x) is written as
 * that number, and a product with a known factor ({@link JetWork#times}(1, d), times(2, d)) as what it
 * amounts to: d, 2·d. Such products can differ from times only in the sign of a zero, which no later
 * step sees (times and sums of partials ignore it, and the gradient is written as partial + 0.0). This
 * keeps the method short enough for the JIT to inline it (see {@link GradientCodeGenerator#HOT_INLINE_LIMIT}).
 *
 * <p>A NaN value on the tape turns all of its slot's partials NaN (see {@link JetWork}), which is no
 * longer structural; the fast variant therefore notes, without branching, whether any value
 * was NaN (see {@link ValueCodeWriter#startNaNCheck}; a value that a later one carries, such as u in
 * u + v, need not be noted) and then hands over to the exact variant, which
 * computes every partial and applies the rule.
 */
final class GradientCodeWriter {

    /** Locals 0 to 2 are {@code this}, the point and the gradient. */
    private static final int FIRST_SLOT_LOCAL = 3;
    private static final Factor ZERO = Factor.of(0);

    private final ValueCodeWriter code;
    private final int dimension;
    private final boolean exact;
    private final boolean[] nanCarried;
    /** For each slot and variable: that partial derivative. */
    private final Factor[][] partials;
    private int nextLocal;

    /**
     * @param exact      whether to write the exact variant (every partial, NaN rule applied) rather than
     *                   the fast one
     * @param nanCarried for each slot, whether a later value is surely NaN when it is (see
     *                   {@link Step#markNaNCarried}): the fast variant need not test it for NaN
     */
    GradientCodeWriter(ConstantPool pool, int slots, int dimension, boolean exact, boolean[] nanCarried) {
        this.code = new ValueCodeWriter(pool, FIRST_SLOT_LOCAL);
        this.dimension = dimension;
        this.exact = exact;
        this.nanCarried = nanCarried.clone();
        this.partials = new Factor[slots][dimension];
        for (Factor[] row : partials) {
            Arrays.fill(row, ZERO);
        }
        this.nextLocal = code.localAfter(slots);
        if (!exact) {
            code.startNaNCheck();
        }
    }

    /** Where steps write their value code; slot values are stored in it as in the value code. */
    ValueCodeWriter values() {
        return code;
    }

    /** Slot {@code out} is the variable {@code index}: its gradient is that unit vector. */
    void variable(int out, int index) {
        partials[out][index] = Factor.of(1);
    }

    /**
     * Slot {@code out} (its value already stored) is f(u) of slot {@code u}: each partial is
     * {@link JetWork#times}(f', ∂u).
     *
     * @param derivative f'(u)
     */
    void chain(int out, int u, Factor derivative) {
        noteNaN(out);
        Factor f = stored(derivative, partials[u]);
        for (int i = 0; i < dimension; i++) {
            setPartial(out, i, times(f, partials[u][i]));
        }
    }

    /**
     * Slot {@code out} (its value already stored) is f(a, b) of slots {@code a} and {@code b}: each
     * partial is times(fa, ∂a) + times(fb, ∂b).
     */
    void chain(int out, int a, int b, Factor da, Factor db) {
        noteNaN(out);
        Factor fa = stored(da, partials[a]);
        Factor fb = stored(db, partials[b]);
        for (int i = 0; i < dimension; i++) {
            setPartial(out, i, sum(times(fa, partials[a][i]), times(fb, partials[b][i])));
        }
    }

    /**
     * Ends the method: writes the gradient of the slot {@code result} (as {@link JetWork#copyOut}, -0.0
     * as 0.0) and returns its value; the fast variant first hands over to {@code exactMethod} of
     * {@code thisClass} when a value was NaN.
     */
    void finish(int result, String thisClass, String exactMethod) {
        if (!exact) {
            code.branchIfNaN();
        }
        for (int i = 0; i < dimension; i++) {
            code.startElement(i);
            Factor partial = partials[result][i];
            if (partial.isConstant()) {
                code.loadConstant(partial.constant() + 0.0);
            } else {
                partial.push(code);
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
        if (!exact && !nanCarried[out]) {
            code.addToNaNCheck(out);
        }
    }

    /**
     * The factor, computed once into a local of its own when it takes more than a load and some partial
     * needs it (its own: a partial equal to it may live on in that local).
     */
    private Factor stored(Factor factor, Factor[] inner) {
        if (!factor.isComputed() || !exact && Arrays.stream(inner).allMatch(Factor::isZero)) {
            return factor;
        }
        factor.push(code);
        int local = newLocal();
        code.storeLocal(local);
        return Factor.inLocal(local);
    }

    /**
     * Sets a partial of slot {@code out}; the exact variant applies the NaN rule ({@link JetWork#derivative})
     * and so computes every partial at run time.
     */
    private void setPartial(int out, int variable, Factor partial) {
        if (exact) {
            code.load(out);
            partial.push(code);
            code.callStatic(JetWork.class, "derivative");
        } else if (partial.isComputed()) {
            partial.push(code);
        } else {
            partials[out][variable] = partial;
            return;
        }
        int local = newLocal();
        code.storeLocal(local);
        partials[out][variable] = Factor.inLocal(local);
    }

    /** {@link JetWork#times}(f, d), folded where a factor is known. */
    private static Factor times(Factor f, Factor d) {
        if (f.isZero() || d.isZero()) {
            return ZERO;
        }
        if (f.isConstant() && d.isConstant()) {
            return Factor.of(JetWork.times(f.constant(), d.constant()));
        }
        if (f.is(1)) {
            return d;
        }
        if (d.is(1)) {
            return f;
        }
        if (f.is(-1) || d.is(-1)) {
            Factor other = f.is(-1) ? d : f;
            return Factor.pushedBy(writer -> {
                other.push(writer);
                writer.negate();
            });
        }
        return Factor.pushedBy(writer -> {
            f.push(writer);
            d.push(writer);
            if (isScale(f) || isScale(d)) {
                writer.multiply();
            } else {
                writer.callStatic(JetWork.class, "times");
            }
        });
    }

    /**
     * Whether times(f, d) is f·d whatever the other side: a finite constant that is not 0. With 0 times
     * gives +0.0 where the product might be -0.0; with an infinite or NaN other side both give the same.
     * Likewise times(-1, d) is -d.
     */
    private static boolean isScale(Factor factor) {
        return factor.isConstant() && Double.isFinite(factor.constant()) && factor.constant() != 0;
    }

    /** a + b, folded where they are known; a 0 is left out (it could only change the sign of a zero). */
    private static Factor sum(Factor a, Factor b) {
        if (a.isZero()) {
            return b;
        }
        if (b.isZero()) {
            return a;
        }
        if (a.isConstant() && b.isConstant()) {
            return Factor.of(a.constant() + b.constant());
        }
        return Factor.pushedBy(writer -> {
            a.push(writer);
            b.push(writer);
            writer.add();
        });
    }

    private int newLocal() {
        int local = nextLocal;
        nextLocal += 2;
        return local;
    }
}
