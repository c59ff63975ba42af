package gdviz.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.DifferentiableFunction;
import gdviz.core.expr.FunctionParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampledGridTest {

    /**
     * A sample read back at its place is the function there to the last bit: the window compares the map with
     * the function at grid points, and a point computed another way lies an ulp off often enough to show.
     */
    @ParameterizedTest
    @CsvSource({"-5.12, 5.12, 613, 387", "-2, 2, 600, 600", "-1.5, 2, 7, 131", "-0.3, 0.7, 1000, 999"})
    void eachSampleIsTheFunctionAtTheSamplesOwnPlace(double from, double to, int columns, int rows)
            throws Exception {
        DifferentiableFunction f = FunctionParser.parse("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)")
                .compile();
        SampledGrid grid = SampledGrid.sample(f, new Domain(from, to, from, to), columns, rows);

        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                assertThat(grid.value(i, j)).as("(%d, %d)", i, j).isEqualTo(f.value(grid.x(i), grid.y(j)));
            }
        }
        assertThat(grid.x(0)).isEqualTo(from);
        assertThat(grid.y(0)).isEqualTo(from);
    }
}
