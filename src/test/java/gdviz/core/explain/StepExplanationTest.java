package gdviz.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Adam;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Momentum;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.Trajectory;
import gdviz.core.descent.UpdateRule;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The teaching texts' worked examples, explained by the app line for line with their exact numbers. */
class StepExplanationTest {

    private static Trajectory run(String function, UpdateRule rule, double rate, double... start)
            throws ExpressionException {
        return new Descent(FunctionParser.parse(function).compile(), rule, DescentSettings.withRate(rate))
                .trace(start);
    }

    private static Trajectory descend(String function, double... start) throws ExpressionException {
        return run(function, new GradientDescent(), 0.1, start);
    }

    private static List<String> texts(Trajectory run, int k) {
        return StepExplanation.of(run, k).stream().map(ExplanationLine::text).toList();
    }

    @Test
    void wSquaredFromFiveTakesTheTextsTwoStepsToFourAndThreePointTwo() throws ExpressionException {
        Trajectory run = descend("w^2", 5);
        assertThat(texts(run, 1)).containsExactly(
                "Step 1: from w\u2080 to w\u2081",
                "w\u2081 = w\u2080 \u2212 \u03b1\u00b7f\u2032(w\u2080) = 5 \u2212 0.1\u00b710 = 4",
                "f\u2032(w\u2080) = 10 is positive: f rises as w grows, so the step moves w down, by \u03b1\u00b710 = 1.",
                "f went down by 9, from 25 to 16.",
                "Step length \u03b1\u00b7|f\u2032(w\u2080)| = 0.1\u00b710 = 1.");
        assertThat(texts(run, 2)).startsWith(
                "Step 2: from w\u2081 to w\u2082",
                "w\u2082 = w\u2081 \u2212 \u03b1\u00b7f\u2032(w\u2081) = 4 \u2212 0.1\u00b78 = 3.2");
        assertThat(texts(run, 2)).contains("The slope is gentler than one step before (8 after 10), so this step "
                + "is shorter: 0.8 after 1. Near the minimum the gradient shrinks, and so do the steps.");
    }

    @Test
    void twoXSquaredFromOneGoesToPointSixThenPointThreeSix() throws ExpressionException {
        Trajectory run = descend("2*x^2", 1);
        assertThat(texts(run, 1)).contains("x\u2081 = x\u2080 \u2212 \u03b1\u00b7f\u2032(x\u2080) = 1 \u2212 0.1\u00b74 = 0.6");
        assertThat(texts(run, 2)).contains(
                "x\u2082 = x\u2081 \u2212 \u03b1\u00b7f\u2032(x\u2081) = 0.6 \u2212 0.1\u00b72.4 = 0.36",
                "f went down by 0.4608, from 0.72 to 0.2592.");
    }

    @Test
    void twoWeightsFromFiveMinusFourStepToFourMinusThreePointTwoInVectorFormAndPerCoordinate()
            throws ExpressionException {
        Trajectory run = descend("w1^2 + w2^2", 5, -4);
        assertThat(texts(run, 1)).containsExactly(
                "Step 1: from w\u2080 to w\u2081, where w = (w1, w2)",
                "w\u2081 = w\u2080 \u2212 \u03b1\u00b7\u2207f(w\u2080) = (5, \u22124) \u2212 0.1\u00b7(10, \u22128) = (4, \u22123.2)",
                "w1: 5 \u2212 0.1\u00b710 = 4",
                "w2: \u22124 \u2212 0.1\u00b7(\u22128) = \u22123.2",
                "\u2202f/\u2202w1 = 10 is positive: f rises as w1 grows, so the step moves w1 down, by \u03b1\u00b710 = 1.",
                "\u2202f/\u2202w2 = \u22128 is negative: f falls as w2 grows, so the step moves w2 up, by \u03b1\u00b78 = 0.8.",
                "The larger partial derivative, \u2202f/\u2202w1, gives the larger move: the step follows the steeper "
                        + "slope more.",
                "f went down by 14.76, from 41 to 26.24.",
                "Step length \u03b1\u00b7|\u2207f(w\u2080)| = 0.1\u00b712.81 = 1.281.");
    }

    @Test
    void theStartSaysWhichWayEachPartialSendsTheFirstStep() throws ExpressionException {
        assertThat(texts(descend("x^2 + x*y + y^2", 4, -3), 0)).containsExactly(
                "Start: w\u2080 = (4, \u22123), where w = (x, y)",
                "f(w\u2080) = 13,  \u2207f(w\u2080) = (5, \u22122),  |\u2207f(w\u2080)| = 5.385",
                "\u2202f/\u2202x = 5 is positive: f rises as x grows, so the first step moves x down, by \u03b1\u00b75 = 0.5.",
                "\u2202f/\u2202y = \u22122 is negative: f falls as y grows, so the first step moves y up, by \u03b1\u00b72 = 0.2.");
    }

    @Test
    void aStepThatOvershootsSaysFWentUp() throws ExpressionException {
        Trajectory run = run("w^2", new GradientDescent(), 1.1, 1);
        assertThat(texts(run, 1)).contains("f went up by 0.44, from 1 to 1.44: the step went too far, past the "
                + "bottom of the valley.");
    }

    @Test
    void theLastRowSaysWhyTheRunStopped() throws ExpressionException {
        Trajectory run = descend("w^2", 5);
        assertThat(texts(run, run.size() - 1)).last().isEqualTo("The run stops here: |f\u2032(w\u2087\u2083)| = "
                + "8.425e\u22127 \u2264 tolerance 1e\u22126, so the slope is as good as flat: a minimum, or another "
                + "point where the gradient is 0.");
        Trajectory diverging = run("w^2", new GradientDescent(), 1.5, 1);
        assertThat(texts(diverging, diverging.size() - 1)).last().asString()
                .startsWith("The run diverged at iteration " + (diverging.size() - 1));
    }

    @Test
    void momentumShowsItsVelocityFromTheReplayedState() throws ExpressionException {
        Trajectory run = run("w1^2 + w2^2", new Momentum(0.9), 0.1, 5, -4);
        assertThat(texts(run, 1)).contains("velocity b\u2081 = \u2207f(w\u2080) = (10, \u22128), the first gradient "
                + "(there is no earlier velocity)");
        assertThat(texts(run, 2)).contains(
                "Step 2: from w\u2081 to w\u2082, where w = (w1, w2), with Momentum (\u03bc = 0.9)",
                "velocity b\u2082 = \u03bc\u00b7b\u2081 + \u2207f(w\u2081) = 0.9\u00b7(10, \u22128) + (8, \u22126.4) = (17, \u221213.6)",
                "w\u2082 = w\u2081 \u2212 \u03b1\u00b7b\u2082 = (4, \u22123.2) \u2212 0.1\u00b7(17, \u221213.6) = (2.3, \u22121.84)");
    }

    @Test
    void momentumThatCarriesAStepAgainstTheGradientSaysSo() throws ExpressionException {
        Trajectory run = run("w^2", new Momentum(0.9), 0.1, 5);
        int against = -1;
        for (int k = 1; k < run.size() && against < 0; k++) {
            if (Math.signum(run.coordinate(k, 0) - run.coordinate(k - 1, 0)) == Math.signum(run.partial(k - 1, 0))) {
                against = k;
            }
        }
        assertThat(against).isPositive();
        assertThat(String.join("\n", texts(run, against))).contains("against the push");
    }

    @Test
    void adamShowsItsAveragesAndBiasCorrectedMoments() throws ExpressionException {
        Trajectory run = run("w^2", new Adam(), 0.1, 5);
        assertThat(texts(run, 1)).contains(
                "average of gradients m\u2081 = 0.9\u00b7m\u2080 + 0.1\u00b7f\u2032(w\u2080) = 0.9\u00b70 + 0.1\u00b710 = 1",
                "average of squares v\u2081 = 0.999\u00b7v\u2080 + 0.001\u00b7f\u2032(w\u2080)\u00b2 = 0.999\u00b70 + 0.001\u00b7100 = 0.1",
                "bias-corrected m\u0302\u2081 = m\u2081/(1 \u2212 \u03b21\u00b9) = 10,  v\u0302\u2081 = v\u2081/(1 \u2212 \u03b22\u00b9) = 100",
                "w\u2081 = w\u2080 \u2212 \u03b1\u00b7m\u0302\u2081/(\u221av\u0302\u2081 + \u03b5) = 5 \u2212 0.1\u00b71 = 4.9");
    }

    @Test
    void everyOptimiserExplainsEveryStepOfARunWithItsEndPoint() throws ExpressionException {
        for (Optimizer optimizer : Optimizer.values()) {
            Trajectory run = run("x^2 + x*y + y^2", optimizer.defaultRule(), 0.05, 4, -3);
            for (int k = 1; k < Math.min(run.size(), 30); k++) {
                List<String> lines = texts(run, k);
                String end = Figures.vector(run.step(k).point());
                assertThat(lines.get(0)).as(optimizer + " step " + k).startsWith("Step " + k + ": ");
                assertThat(lines).as(optimizer + " step " + k).anyMatch(line -> line.endsWith(" = " + end));
            }
        }
    }
}
