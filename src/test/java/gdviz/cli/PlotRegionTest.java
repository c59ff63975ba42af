package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.chart.FigureWriter;
import gdviz.chart.MapGeometry;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.grid.Domain;
import gdviz.core.presets.Presets;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class PlotRegionTest {

    private static ParsedFunction parse(String text) throws Exception {
        return FunctionParser.parse(text);
    }

    private static Trajectory descend(ParsedFunction f, double rate, double... start) {
        return new Descent(f.compile(), new GradientDescent(), DescentSettings.withRate(rate)).trace(start);
    }

    private static PlotRequest request(ParsedFunction f, Trajectory path, NumberList domain) {
        return new PlotRequest(f, path, PresetMatch.of(f), domain, new FigureSize(900, 500), 10, false, 60, "title");
    }

    private static void assertHoldsEveryStep(Domain region, Trajectory path) {
        for (int k = 0; k < path.size(); k++) {
            assertThat(region.contains(path.coordinate(k, 0), path.coordinate(k, 1))).as("step " + k).isTrue();
        }
    }

    @Test
    void anyOtherFunctionGetsThePathsBoxPaddedByAQuarter() throws Exception {
        ParsedFunction f = parse("(x - 10)^2 + 4*(y + 20)^2");
        Trajectory path = descend(f, 0.1, -10, 20);

        Domain region = PlotRegion.forMap(path, Optional.empty());

        // The path runs from (-10, 20) to about (10, -20): 20 wide, 40 high.
        assertThat(region.xMin()).isCloseTo(-15, within(1e-3));
        assertThat(region.xMax()).isCloseTo(15, within(1e-3));
        assertThat(region.yMin()).isCloseTo(-30, within(1e-3));
        assertThat(region.yMax()).isCloseTo(30, within(1e-3));
        assertHoldsEveryStep(region, path);
    }

    @Test
    void aStartAtTheMinimumStillShowsOneUnitAround() throws Exception {
        ParsedFunction f = parse("x^2 + 2*y^2");

        Domain region = PlotRegion.forMap(descend(f, 0.1, 0, 0), Optional.empty());

        assertThat(region).isEqualTo(new Domain(-1, 1, -1, 1));
    }

    @Test
    void aPresetKeepsItsRegionWhileThePathStaysInside() throws Exception {
        ParsedFunction bowl = parse("x^2 + x*y + y^2");

        Domain region = PlotRegion.forMap(descend(bowl, 0.1, 4, -3), PresetMatch.of(bowl));

        assertThat(region).isEqualTo(Domain.centred(5));
    }

    @Test
    void aPresetRegionGrowsToHoldAPathThatLeavesIt() throws Exception {
        ParsedFunction bowl = parse("x^2 + x*y + y^2");
        Trajectory path = descend(bowl, 0.1, 40, -3);

        Domain region = PlotRegion.forMap(path, PresetMatch.of(bowl));

        assertHoldsEveryStep(region, path);
        assertThat(region.xMax()).isGreaterThan(40);
        assertThat(region.yMin()).isLessThanOrEqualTo(-5);
        assertThat(region.yMax()).isEqualTo(5);
    }

    @Test
    void aDivergingPathIsShownAsFarAsItWent() throws Exception {
        ParsedFunction f = parse("x^2 + y^2");
        Trajectory path = descend(f, 1.5, 1, 1);

        Domain region = PlotRegion.forMap(path, Optional.empty());

        assertThat(path.outcome().reason()).isEqualTo(StopReason.DIVERGED);
        for (int k = 0; k < path.size(); k++) {
            if (Double.isFinite(path.coordinate(k, 0)) && Double.isFinite(path.coordinate(k, 1))) {
                assertThat(region.contains(path.coordinate(k, 0), path.coordinate(k, 1))).as("step " + k).isTrue();
            }
        }
    }

    @Test
    void aCurveRangeHoldsTheWholePath() throws Exception {
        ParsedFunction parabola = parse("2*x^2");
        Trajectory path = descend(parabola, 0.45, 3);

        double[] range = PlotRegion.forCurve(path, PresetMatch.of(parabola));

        for (int k = 0; k < path.size(); k++) {
            assertThat(path.coordinate(k, 0)).isBetween(range[0], range[1]);
        }
        assertThat(range[1]).isGreaterThan(3);
    }

    @Test
    void theDrawnMapHoldsThePathAtTheSameScaleOnBothAxes() throws Exception {
        ParsedFunction f = parse("(x - 10)^2 + 4*(y + 20)^2");
        Trajectory path = descend(f, 0.1, -10, 20);
        JFreeChart map = MapFigure.chart(request(f, path, null));

        MapGeometry drawn = FigureWriter.layout(map, 900, 500);

        assertHoldsEveryStep(drawn.domain(), path);
        assertThat(drawn.pixelsPerX()).isCloseTo(drawn.pixelsPerY(), within(drawn.pixelsPerY() * 0.02));
    }

    @Test
    void anExplicitDomainIsShownExactly() throws Exception {
        ParsedFunction f = parse("x^2 + 3*y^2");
        NumberList domain = new NumberList.Converter().convert("-1,4,-0.5,0.5");

        JFreeChart chart = MapFigure.chart(request(f, descend(f, 0.1, 3, 0.2), domain));

        assertThat(chart.getXYPlot().getDomainAxis().getRange()).isEqualTo(new Range(-1, 4));
        assertThat(chart.getXYPlot().getRangeAxis().getRange()).isEqualTo(new Range(-0.5, 0.5));
    }

    @Test
    void aPresetTypedWithOtherSpacingIsRecognisedButNotWithItsVariablesSwapped() throws Exception {
        assertThat(PresetMatch.of(parse("x^2+x*y+y^2"))).contains(Presets.all().get(0));
        assertThat(PresetMatch.of(parse("((1-x)^2) + 100*(y-x^2)^2")).map(p -> p.name())).contains("Rosenbrock");
        assertThat(PresetMatch.of(FunctionParser.parse("x^2 + x*y + y^2", List.of("y", "x")))).isEmpty();
        assertThat(PresetMatch.of(parse("x^2 + x*y + y^2 + 1"))).isEmpty();
    }
}
