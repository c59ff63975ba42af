package gdviz.ui.picture;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.grid.Domain;
import org.junit.jupiter.api.Test;

class PictureDescriptionTest {

    @Test
    void namesTheFunctionRegionStartAndShownStep() throws Exception {
        ParsedFunction bowl = FunctionParser.parse("x^2 + y^2");
        Trajectory run = run(bowl, 4, -2);
        String text = PictureDescription.of("Contour map", bowl, new Domain(-5, 5, -3, 3), run, 1);
        assertThat(text).isEqualTo("Contour map of f(x, y) = x^2 + y^2, x from -5 to 5 and y from -3 to 3."
                + " Start x = 4, y = -2. Step 1 of " + (run.size() - 1) + ": x = 3.2, y = -1.6, f = 12.8.");
    }

    @Test
    void aStepBeyondTheRunShowsItsLastAndAMissingFunctionIsSaidSo() throws Exception {
        ParsedFunction parabola = FunctionParser.parse("2*w^2");
        Trajectory run = run(parabola, 5);
        String text = PictureDescription.of("Curve", parabola, new Domain(-6, 6, 0, 1), run, 10_000);
        assertThat(text).startsWith("Curve of f(w) = 2*w^2, w from -6 to 6. Start w = 5.")
                .contains("Step " + (run.size() - 1) + " of " + (run.size() - 1));
        assertThat(PictureDescription.of("Curve", null, new Domain(-6, 6, 0, 1), null, 0))
                .isEqualTo("Curve: no function to show");
    }

    private static Trajectory run(ParsedFunction f, double... start) {
        return new Descent(f.compile(), new GradientDescent(), DescentSettings.withRate(0.1)).trace(start);
    }
}
