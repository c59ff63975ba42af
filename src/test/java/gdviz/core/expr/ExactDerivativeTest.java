package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Derivatives that must come out exactly, and the conventions at points without a derivative. */
class ExactDerivativeTest {

    private static double[] gradient(String text, double... point) throws ExpressionException {
        double[] g = new double[point.length];
        FunctionParser.parse(text).compile().valueAndGradient(point, g);
        return g;
    }

    private static double[] hessian(String text, double... point) throws ExpressionException {
        double[] g = new double[point.length];
        double[] h = new double[point.length * point.length];
        FunctionParser.parse(text).compile().valueGradientHessian(point, g, h);
        return h;
    }

    @Test
    void quadraticOfTheTeachingExample() throws ExpressionException {
        CompiledFunction f = FunctionParser.parse("x^2 + x*y + y^2").compile();
        double[] g = new double[2];
        double[] h = new double[4];
        assertThat(f.valueGradientHessian(new double[] {1, 2}, g, h)).isEqualTo(7);
        assertThat(g).containsExactly(4, 5);
        assertThat(h).containsExactly(2, 1, 1, 2);
    }

    @Test
    void seedExamples() throws ExpressionException {
        assertThat(gradient("2*x^2", 1)).containsExactly(4);
        assertThat(gradient("2*x^2", 0.6)).containsExactly(4 * 0.6);
        assertThat(gradient("w^2", 5)).containsExactly(10);
        assertThat(hessian("2*x^2", 1)).containsExactly(4);
    }

    @Test
    void powerWithConstantExponentNeedsNoLogarithm() throws ExpressionException {
        assertThat(gradient("x^2", -1)).containsExactly(-2);
        assertThat(gradient("x^3", -2)).containsExactly(12);
        assertThat(hessian("x^3", -2)).containsExactly(-12);
        assertThat(gradient("pow(x, 2)", -3)).containsExactly(-6);
    }

    @Test
    void trivialPowersDifferentiateCleanlyAtZero() throws ExpressionException {
        assertThat(gradient("x^0 + y", 0, 1)).containsExactly(0, 1);
        assertThat(gradient("x^1", 0)).containsExactly(1);
        assertThat(hessian("x^1", 0)).containsExactly(0);
        assertThat(hessian("x^2", 0)).containsExactly(2);
    }

    @Test
    void constantBaseUsesItsLogarithm() throws ExpressionException {
        assertThat(gradient("2^x", 3)).containsExactly(8 * Math.log(2));
        assertThat(gradient("e^x", 0)).containsExactly(1);
    }

    @Test
    void absHasSlopeZeroAndNoCurvatureAtTheKink() throws ExpressionException {
        assertThat(gradient("abs(x)", 0)).containsExactly(0);
        assertThat(hessian("abs(x)", 0)).containsExactly(0);
        assertThat(gradient("abs(x)", -2)).containsExactly(-1);
        assertThat(gradient("abs(x - y)", 1, 1)).containsExactly(0, 0);
    }

    @Test
    void stepFunctionsAreFlatEvenAtTheirJumps() throws ExpressionException {
        for (String f : List.of("floor(x)", "ceil(x)", "signum(x)")) {
            for (double x : new double[] {-1.5, -1, 0, 0.5, 2}) {
                assertThat(gradient(f, x)).as(f + " at " + x).containsExactly(0);
                assertThat(hessian(f, x)).as(f + " at " + x).containsExactly(0);
            }
        }
    }

    @Test
    void remainderTreatsTheQuotientsWholePartAsConstant() throws ExpressionException {
        assertThat(gradient("x % y", 7.5, 2)).containsExactly(1, -3);
        assertThat(gradient("x % y", -7.5, 2)).containsExactly(1, 3);
        assertThat(hessian("x % y", 7.5, 2)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void infiniteSlopesAreInfinity() throws ExpressionException {
        assertThat(gradient("sqrt(x)", 0)).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(gradient("cbrt(x)", 0)).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(gradient("asin(x)", 1)).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(gradient("acos(x)", -1)).containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(hessian("sqrt(x)", 0)).containsExactly(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aVariableAnInfiniteSlopeDoesNotTouchKeepsItsDerivative() throws ExpressionException {
        assertThat(gradient("sqrt(x) + y", 0, 3)).containsExactly(Double.POSITIVE_INFINITY, 1);
        assertThat(hessian("sqrt(x) + y^2", 0, 3)).containsExactly(Double.NEGATIVE_INFINITY, 0, 0, 2);
    }

    @Test
    void outsideTheDomainDerivativesAreNaNLikeTheValue() throws ExpressionException {
        assertThat(gradient("log(x)", -1)).containsExactly(Double.NaN);
        assertThat(gradient("sqrt(x)", -1)).containsExactly(Double.NaN);
        assertThat(hessian("log10(x)", -1)).containsExactly(Double.NaN);
        assertThat(gradient("log(x) + y", -1, 2)).containsExactly(Double.NaN, Double.NaN);
        assertThat(gradient("floor(log(x))", -1)).containsExactly(Double.NaN);
    }

    @Test
    void unusedExplicitVariablesHaveZeroDerivatives() throws ExpressionException {
        CompiledFunction f = FunctionParser.parse("x^2", List.of("x", "y")).compile();
        double[] g = new double[2];
        double[] h = new double[4];
        f.valueGradientHessian(new double[] {3, 9}, g, h);
        assertThat(g).containsExactly(6, 0);
        assertThat(h).containsExactly(2, 0, 0, 0);
        assertThat(FunctionParser.parse("5", List.of("x")).compile().valueAndGradient(new double[] {1}, g)).isEqualTo(5);
        assertThat(g[0]).isZero();
    }

    @Test
    void manyVariablesGiveTheFullHessian() throws ExpressionException {
        CompiledFunction f = FunctionParser.parse("a*b + b*c^2 + d").compile();
        double[] g = new double[4];
        double[] h = new double[16];
        f.valueGradientHessian(new double[] {1, 2, 3, 4}, g, h);
        assertThat(g).containsExactly(2, 1 + 9, 2 * 2 * 3, 1);
        assertThat(h).containsExactly(
                0, 1, 0, 0,
                1, 0, 6, 0,
                0, 6, 4, 0,
                0, 0, 0, 0);
    }
}
