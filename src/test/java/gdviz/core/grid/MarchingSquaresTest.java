package gdviz.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.DifferentiableFunction;
import gdviz.core.expr.FunctionParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    private static DifferentiableFunction parse(String text) throws Exception {
        return FunctionParser.parse(text).compile();
    }

    @Test
    void theIsoLineOfACircularBowlLiesOnItsCircle() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("x^2 + y^2"), Domain.centred(2), 201, 201);
        IsoLine line = MarchingSquares.trace(grid, 1.0);
        assertThat(line.segmentCount()).isGreaterThan(100);
        double[] s = line.segments();
        for (int k = 0; k < s.length; k += 2) {
            assertThat(Math.hypot(s[k], s[k + 1])).isCloseTo(1.0, within(1e-3));
        }
        double[] label = line.labelPoint();
        assertThat(Math.hypot(label[0], label[1])).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void manyLevelsAtOnceComeBackInTheOrderGivenEachOnItsOwnLevel() throws Exception {
        // Linear where defined, so interpolated crossings lie exactly on the line; undefined for x < 0.
        SampledGrid grid = SampledGrid.sample(parse("x + 2*y + sqrt(x) - sqrt(x)"), Domain.centred(2), 81, 61);
        double[] levels = {3, -1, 0.5, 7};
        List<IsoLine> lines = MarchingSquares.trace(grid, levels);
        assertThat(lines).extracting(IsoLine::level).containsExactly(3.0, -1.0, 0.5, 7.0);
        for (IsoLine line : lines) {
            double[] s = line.segments();
            for (int k = 0; k < s.length; k += 2) {
                assertThat(s[k] + 2 * s[k + 1]).isCloseTo(line.level(), within(1e-9));
                assertThat(s[k]).isGreaterThanOrEqualTo(0);
            }
        }
        // The line x + 2y = 0.5 crosses the defined half from y = 0.25 down to the bottom edge at x = 4.5 > 2.
        assertThat(lines.get(2).segmentCount()).isGreaterThan(20);
        assertThat(lines.get(3).isEmpty()).isTrue();
    }

    @Test
    void allLevelsInOnePassGiveExactlyTheSegmentsOfEachLevelTracedAlone() throws Exception {
        String[] functions = {"(1 - x)^2 + 100*(y - x^2)^2", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", "log(x) + y^2", "floor(2*x) + floor(3*y)"};
        for (String f : functions) {
            SampledGrid grid = SampledGrid.sample(parse(f), new Domain(-2.5, 3, -2, 3.5), 97, 83);
            double[] levels = ContourLevels.logarithmic(grid.min(), grid.max(), 15);
            // Integer levels on the step function: whole rows and columns of samples lie exactly on a level.
            double[] steps = {-3, -1, 0, 2, 5};
            for (double[] set : new double[][] {levels, steps}) {
                List<IsoLine> together = MarchingSquares.trace(grid, set);
                for (int k = 0; k < set.length; k++) {
                    assertThat(together.get(k).segments()).as("%s at level %s", f, set[k])
                            .containsExactly(MarchingSquares.trace(grid, set[k]).segments());
                }
            }
        }
    }

    @Test
    void everyCellWithCornersOnBothSidesOfTheLevelHasItsSegments() throws Exception {
        // The steps put whole rows of samples exactly on the levels 0 and 1, where "at or above" decides.
        for (String f : new String[] {"sin(3*x) * cos(2*y) + log(x + 1.5)", "floor(2*x) + floor(3*y)"}) {
            SampledGrid grid = SampledGrid.sample(parse(f), Domain.centred(2), 64, 48);
            for (double level : new double[] {-0.5, 0, 0.3, 1}) {
                assertThat(MarchingSquares.trace(grid, level).segmentCount()).as("%s = %s", f, level)
                        .isEqualTo(crossings(grid, level));
            }
        }
    }

    /** Segments marching squares must give at {@code level}, counted cell by cell without the tracer. */
    private static int crossings(SampledGrid grid, double level) {
        // One segment where the corners differ, two at a saddle (opposite corners alike).
        int expected = 0;
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < grid.columns(); i++) {
                double[] corners = {grid.value(i, j), grid.value(i + 1, j), grid.value(i + 1, j + 1),
                    grid.value(i, j + 1)};
                int above = 0;
                boolean finite = true;
                for (int c = 0; c < 4; c++) {
                    finite &= Double.isFinite(corners[c]);
                    above |= corners[c] >= level ? 1 << c : 0;
                }
                if (finite && above != 0 && above != 15) {
                    expected += above == 5 || above == 10 ? 2 : 1;
                }
            }
        }
        return expected;
    }

    @Test
    void equalLevelsShareTheirLineAndLevelsThatAreNoNumbersHaveNone() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("x + y"), Domain.centred(1), 30, 30);

        List<IsoLine> lines = MarchingSquares.trace(grid, new double[] {0.5, Double.NaN, 0.5, -0.0, 0.0,
            Double.POSITIVE_INFINITY});

        assertThat(lines).extracting(IsoLine::isEmpty).containsExactly(false, true, false, false, false, true);
        assertThat(lines.get(2).segments()).containsExactly(lines.get(0).segments());
        assertThat(lines.get(3).segments()).containsExactly(lines.get(4).segments());
        assertThat(lines.get(3).level()).isEqualTo(-0.0);
    }

    @Test
    void segmentsJoinIntoClosedCurves() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("x^2 + x*y + y^2"), Domain.centred(3), 120, 90);
        double[] s = MarchingSquares.trace(grid, 2.0).segments();
        // Every endpoint of a closed curve is shared by exactly two segments.
        for (int k = 0; k < s.length; k += 2) {
            int shared = 0;
            for (int m = 0; m < s.length; m += 2) {
                if (Math.abs(s[k] - s[m]) < 1e-12 && Math.abs(s[k + 1] - s[m + 1]) < 1e-12) {
                    shared++;
                }
            }
            assertThat(shared).isEqualTo(2);
        }
    }

    @Test
    void linesStopAtTheEdgeOfTheFunctionsDomain() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("log(x) + y^2"), Domain.centred(2), 101, 101);
        assertThat(grid.value(0, 50)).isNaN();
        assertThat(grid.min()).isFinite();
        IsoLine line = MarchingSquares.trace(grid, 0.5);
        assertThat(line.isEmpty()).isFalse();
        double[] s = line.segments();
        for (int k = 0; k < s.length; k += 2) {
            assertThat(s[k]).isPositive();
        }
    }

    @Test
    void aLevelOutsideTheRangeHasNoLine() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("x^2 + y^2"), Domain.centred(1), 50, 50);
        List<IsoLine> lines = MarchingSquares.trace(grid, new double[] {-1, 100});
        assertThat(lines).allMatch(IsoLine::isEmpty);
    }

    @Test
    void levelsSpanTheRange() {
        assertThat(ContourLevels.linear(0, 10, 4)).containsExactly(2, 4, 6, 8);
        double[] log = ContourLevels.logarithmic(0, 1000, 5);
        assertThat(log[0]).isCloseTo(0.1, within(1e-12));
        assertThat(log[4]).isCloseTo(1000, within(1e-9));
        for (int k = 1; k < log.length; k++) {
            assertThat(log[k] / log[k - 1]).isCloseTo(10, within(1e-9));
        }
    }

    @Test
    void theGridSamplesEdgeToEdgeBottomRowFirst() throws Exception {
        SampledGrid grid = SampledGrid.sample(parse("x + 10*y"), new Domain(0, 1, 0, 2), 3, 5);
        assertThat(grid.value(0, 0)).isEqualTo(0);
        assertThat(grid.value(2, 0)).isEqualTo(1);
        assertThat(grid.value(0, 4)).isEqualTo(20);
        assertThat(grid.value(1, 2)).isEqualTo(0.5 + 10);
        assertThat(grid.min()).isEqualTo(0);
        assertThat(grid.max()).isEqualTo(21);
    }

    @Test
    void domainRejectsEmptyRangesWithAClearMessage() {
        assertThatThrownBy(() -> new Domain(1, 1, 0, 1)).hasMessageContaining("x range");
        assertThat(Domain.centred(2).zoomedAbout(1, 0, 0.5)).isEqualTo(new Domain(-0.5, 1.5, -1, 1));
    }
}
