package gdviz.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.expr.FunctionParser;
import org.junit.jupiter.api.Test;

class LevelBandsTest {

    @Test
    void eachSampleLiesInTheBandOfTheLevelsAtOrBelowIt() throws Exception {
        // Undefined for x < 0 and -infinity at x = 0; integer steps, so many samples lie exactly on a level.
        SampledGrid grid = SampledGrid.sample(FunctionParser.parse("floor(3*y) + log(x)").compile(),
                Domain.centred(2), 41, 37);
        double[] levels = {-4, -1, 0, 1, 2.5};

        LevelBands bands = LevelBands.of(grid, levels);

        assertThat(bands.levelCount()).isEqualTo(5);
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double v = grid.value(i, j);
                int expected = Double.isFinite(v) ? ContourLevels.band(levels, v) : LevelBands.UNDEFINED;
                assertThat(bands.band(i, j)).as("sample (%d, %d) = %s", i, j, v).isEqualTo(expected);
            }
        }
        assertThat(bands.band(0, 18)).as("x < 0").isEqualTo(LevelBands.UNDEFINED);
        assertThat(bands.band(20, 18)).as("x = 0").isEqualTo(LevelBands.UNDEFINED);
    }

    @Test
    void levelsMustBeFiniteAndRise() throws Exception {
        SampledGrid grid = SampledGrid.sample(FunctionParser.parse("x^2 + y^2").compile(), Domain.centred(1), 5, 5);

        assertThatThrownBy(() -> LevelBands.of(grid, new double[] {1, 1})).hasMessage(
                "contour levels must rise: level 2 (1.0) is not above level 1 (1.0)");
        assertThatThrownBy(() -> LevelBands.of(grid, new double[] {0, Double.NaN})).hasMessage(
                "contour level 2 must be a finite number, not NaN");
    }
}
