package gdviz.core.analysis;

import java.util.Arrays;

/**
 * Eigenvalues of a real symmetric matrix such as a Hessian: exact for 1 × 1, the closed form for 2 × 2
 * (mean ± the hypotenuse of half the difference and the off-diagonal, which gives 1 and 3 exactly for
 * [[2, 1], [1, 2]]), and cyclic Jacobi rotations for larger matrices, which converge quadratically and keep
 * small eigenvalues accurate.
 */
public final class SymmetricEigenvalues {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigenvalues() {
    }

    /**
     * The eigenvalues in ascending order.
     *
     * @param matrix the n × n matrix, row-major, {@code matrix[i * n + j]}; read only. It is made symmetric
     *               as (A + Aᵀ)/2, so rounding differences between the two triangles do no harm
     * @param n      the size, at least 1; {@code matrix} holds at least n² values
     * @return n values, ascending; all NaN if an entry is NaN or infinite
     */
    public static double[] ascending(double[] matrix, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row, got " + n);
        }
        if (matrix.length < n * n) {
            throw new IllegalArgumentException("a " + n + " × " + n + " matrix needs " + n * n + " values, got "
                    + matrix.length);
        }
        double[] a = symmetricCopy(matrix, n);
        for (double x : a) {
            if (!Double.isFinite(x)) {
                double[] unknown = new double[n];
                Arrays.fill(unknown, Double.NaN);
                return unknown;
            }
        }
        double[] eigenvalues = switch (n) {
            case 1 -> new double[] {a[0]};
            case 2 -> twoByTwo(a[0], a[1], a[3]);
            default -> jacobi(a, n);
        };
        Arrays.sort(eigenvalues);
        return eigenvalues;
    }

    private static double[] symmetricCopy(double[] matrix, int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + i] = matrix[i * n + i];
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * matrix[i * n + j] + 0.5 * matrix[j * n + i];
                a[i * n + j] = mean;
                a[j * n + i] = mean;
            }
        }
        return a;
    }

    private static double[] twoByTwo(double a, double b, double d) {
        double mean = 0.5 * a + 0.5 * d;
        double radius = Math.hypot(0.5 * a - 0.5 * d, b);
        return new double[] {mean - radius, mean + radius};
    }

    /** Rotates away each off-diagonal entry in turn until none is left above rounding. */
    private static double[] jacobi(double[] a, int n) {
        for (int sweep = 0; sweep < MAX_SWEEPS && !diagonalEnough(a, n); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, n, p, q);
                }
            }
        }
        double[] diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = a[i * n + i];
        }
        return diagonal;
    }

    private static boolean diagonalEnough(double[] a, int n) {
        double off = 0;
        double all = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double square = a[i * n + j] * a[i * n + j];
                all += square;
                if (i != j) {
                    off += square;
                }
            }
        }
        return off <= 1e-32 * all;
    }

    /**
     * Applies the rotation in the (p, q) plane that zeroes a_pq: with θ = (a_qq − a_pp)/(2·a_pq), the smaller
     * root t = tan φ of t² + 2θt − 1 = 0, c = cos φ and s = sin φ.
     */
    private static void rotate(double[] a, int n, int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        // For huge θ, θ² overflows; then t ≈ 1/(2θ).
        double t = Math.abs(theta) > 1e150 ? 0.5 / theta
                : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        double tau = s / (1 + c);
        a[p * n + p] -= t * apq;
        a[q * n + q] += t * apq;
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (int r = 0; r < n; r++) {
            if (r == p || r == q) {
                continue;
            }
            double arp = a[r * n + p];
            double arq = a[r * n + q];
            double newRp = arp - s * (arq + tau * arp);
            double newRq = arq + s * (arp - tau * arq);
            a[r * n + p] = newRp;
            a[p * n + r] = newRp;
            a[r * n + q] = newRq;
            a[q * n + r] = newRq;
        }
    }
}
