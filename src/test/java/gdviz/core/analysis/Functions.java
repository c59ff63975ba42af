package gdviz.core.analysis;

import gdviz.core.DifferentiableFunction;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import java.math.BigDecimal;
import java.util.Random;

/** Functions typed as a user would type them, and random symmetric matrices with known eigenvalues. */
final class Functions {

    private Functions() {
    }

    static DifferentiableFunction parse(String text) {
        try {
            return FunctionParser.parse(text).compile();
        } catch (ExpressionException e) {
            throw new AssertionError(text, e);
        }
    }

    /**
     * Qᵀ·diag(eigenvalues)·Q, row-major, for a random orthogonal Q made by Gram–Schmidt from random vectors.
     */
    static double[] matrixWithEigenvalues(double[] eigenvalues, Random random) {
        int n = eigenvalues.length;
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = random.nextGaussian();
            }
            for (int k = 0; k < i; k++) {
                double dot = 0;
                for (int j = 0; j < n; j++) {
                    dot += q[i][j] * q[k][j];
                }
                for (int j = 0; j < n; j++) {
                    q[i][j] -= dot * q[k][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < n; j++) {
                norm += q[i][j] * q[i][j];
            }
            for (int j = 0; j < n; j++) {
                q[i][j] /= Math.sqrt(norm);
            }
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q[k][i] * eigenvalues[k] * q[k][j];
                }
                a[i * n + j] = sum;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i * n + j] = a[j * n + i];
            }
        }
        return a;
    }

    /** ½·wᵀAw in exp4j syntax over the variables w1 … wn, with every entry in full decimal precision. */
    static String halfQuadraticForm(double[] a, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (text.length() > 0) {
                    text.append(" + ");
                }
                text.append("0.5*(").append(new BigDecimal(a[i * n + j]).toPlainString()).append(")*w")
                        .append(i + 1).append("*w").append(j + 1);
            }
        }
        return text.toString();
    }
}
