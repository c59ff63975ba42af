package gdviz.ui.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.analysis.RateMarks;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate marks following the descent, without the toolkit: runs happen on the calling thread. */
class RateMarksModelTest {

    private final DescentModel descent = new DescentModel(new LatestOnly(Runnable::run, Runnable::run));
    private final RateMarksModel model = new RateMarksModel(descent);

    private void show(String expression, double x, double y) throws ExpressionException {
        descent.startXProperty().set(x);
        descent.startYProperty().set(y);
        descent.functionProperty().set(FunctionParser.parse(expression, List.of("x", "y")).compile());
    }

    @Test
    void theBowlsMarksAreAThirdAHalfAndTwoThirdsAtItsMinimum() throws ExpressionException {
        show("x^2 + x*y + y^2", 4, -3);
        RateMarks marks = model.marksProperty().get();
        assertThat(marks.place()).isEqualTo(RateMarks.Place.RUN_END);
        assertThat(marks.analysis().oscillationRate().value()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(marks.analysis().optimalRate().value()).isCloseTo(0.5, within(1e-9));
        assertThat(marks.analysis().maxStableRate().value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(marks.words())
                .isEqualTo("steps start to oscillate above 0.333 and diverge above 0.667 near this minimum");
    }

    @Test
    void aRunThatDoesNotConvergeIsMarkedAtItsStart() throws ExpressionException {
        descent.rateProperty().set(0.9);
        show("x^2 + x*y + y^2", 4, -3);
        assertThat(model.marksProperty().get().place()).isEqualTo(RateMarks.Place.START);
        assertThat(model.marksProperty().get().words()).endsWith("near the start");
    }

    @Test
    void theMarksFollowTheMinimumTheRunReaches() throws ExpressionException {
        // Himmelblau: from the origin descent reaches (3, 2), whose curvature differs from the start's.
        show("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", 0, 0);
        descent.rateProperty().set(0.01);
        RateMarks marks = model.marksProperty().get();
        assertThat(marks.place()).isEqualTo(RateMarks.Place.RUN_END);
        assertThat(marks.analysis().point()[0]).isCloseTo(3, within(1e-5));
        assertThat(marks.words()).endsWith("near this minimum");
    }
}
