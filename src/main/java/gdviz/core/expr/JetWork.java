package gdviz.core.expr;

import java.util.Arrays;

/**
 * Scratch space for one evaluation of a {@link Tape}: for every slot its value, gradient and (upper
 * triangle of the) Hessian — a truncated Taylor polynomial, or "jet" — and the chain rules that combine
 * them. One instance per call, so evaluations on different threads share nothing.
 *
 * <p>Two conventions keep IEEE special values where they belong. Products use {@link #times}, where an
 * exact 0 on either side wins over an infinite or NaN other side: a direction the inner function does
 * not move in, or a partial derivative that is identically 0, adds nothing — so {@code sqrt(x) + y} at
 * x = 0 has ∂/∂y = 1, not NaN. And where a value is NaN (outside the domain, such as log(-1)) all its
 * derivatives are NaN too, rather than whatever the derivative formula happens to give there.
 */
final class JetWork {

    private final double[] data;
    private final int n;
    private final int stride;
    private final Order order;

    JetWork(int slots, int n, Order order) {
        this.n = n;
        this.order = order;
        this.stride = order.stride(n);
        this.data = new double[slots * stride];
    }

    Order order() {
        return order;
    }

    double value(int slot) {
        return data[slot * stride];
    }

    /** Sets the slot to a constant: all derivatives 0. */
    void constant(int slot, double value) {
        int base = slot * stride;
        data[base] = value;
        Arrays.fill(data, base + 1, base + stride, 0);
    }

    /** Sets the slot to the variable with {@code index}: gradient the unit vector, Hessian 0. */
    void variable(int slot, int index, double value) {
        constant(slot, value);
        if (order != Order.VALUE) {
            data[slot * stride + 1 + index] = 1;
        }
    }

    /** out = f(u): gradient f'·∇u, Hessian f'·Hu + f''·∇u∇uᵀ. */
    void chain(int out, double value, int u, double f1, double f2) {
        if (storeValue(out, value)) {
            return;
        }
        int o = out * stride;
        int g = u * stride + 1;
        for (int i = 0; i < n; i++) {
            data[o + 1 + i] = times(f1, data[g + i]);
        }
        if (order == Order.HESSIAN) {
            int h = g + n;
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++, k++) {
                    data[o + 1 + n + k] = times(f1, data[h + k]) + times(f2, data[g + i] * data[g + j]);
                }
            }
        }
    }

    /**
     * out = f(a, b): gradient fa·∇a + fb·∇b, Hessian fa·Ha + fb·Hb + faa·∇a∇aᵀ
     * + fab·(∇a∇bᵀ + ∇b∇aᵀ) + fbb·∇b∇bᵀ.
     */
    void chain(int out, double value, int a, int b, BinaryRule rule, double av, double bv) {
        if (storeValue(out, value)) {
            return;
        }
        int o = out * stride;
        double fa = rule.da(av, bv);
        double fb = rule.db(av, bv);
        int ga = a * stride + 1;
        int gb = b * stride + 1;
        for (int i = 0; i < n; i++) {
            data[o + 1 + i] = times(fa, data[ga + i]) + times(fb, data[gb + i]);
        }
        if (order == Order.HESSIAN) {
            hessian(o + 1 + n, ga, gb, fa, fb, rule.daa(av, bv), rule.dab(av, bv), rule.dbb(av, bv));
        }
    }

    /** Stores the value; true when that is all there is to do (values only, or NaN derivatives). */
    private boolean storeValue(int out, double value) {
        int o = out * stride;
        data[o] = value;
        if (order == Order.VALUE) {
            return true;
        }
        if (Double.isNaN(value)) {
            Arrays.fill(data, o + 1, o + stride, Double.NaN);
            return true;
        }
        return false;
    }

    private void hessian(int out, int ga, int gb, double fa, double fb, double faa, double fab, double fbb) {
        int ha = ga + n;
        int hb = gb + n;
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++, k++) {
                double cross = data[ga + i] * data[gb + j] + data[gb + i] * data[ga + j];
                data[out + k] = times(fa, data[ha + k]) + times(fb, data[hb + k])
                        + times(faa, data[ga + i] * data[ga + j]) + times(fab, cross)
                        + times(fbb, data[gb + i] * data[gb + j]);
            }
        }
    }

    /**
     * Copies the slot's gradient and full symmetric Hessian (row-major) out; either array may be null.
     * A derivative of -0.0 comes out as 0.0, so that tables never show a meaningless sign.
     */
    void copyOut(int slot, double[] gradient, double[] hessian) {
        int g = slot * stride + 1;
        if (gradient != null) {
            for (int i = 0; i < n; i++) {
                gradient[i] = data[g + i] + 0.0;
            }
        }
        if (hessian != null) {
            int k = g + n;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++, k++) {
                    hessian[i * n + j] = data[k] + 0.0;
                    hessian[j * n + i] = data[k] + 0.0;
                }
            }
        }
    }

    /** d, or NaN when {@code value} is NaN: the rule {@link #chain} applies to every derivative of a slot. */
    static double derivative(double value, double d) {
        return Double.isNaN(value) ? Double.NaN : d;
    }

    /** f·d, but 0 whenever either is exactly 0, even when the other is infinite or NaN. */
    static double times(double f, double d) {
        return f == 0 || d == 0 ? 0 : f * d;
    }
}
