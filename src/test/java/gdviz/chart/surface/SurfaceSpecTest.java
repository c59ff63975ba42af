package gdviz.chart.surface;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.MapSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.Preset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceSpecTest {

    @Test
    void theSurfaceBesideAMapSharesItsDomainLevelsAndTitle() {
        Preset rosenbrock = Surfaces.preset("Rosenbrock");
        DifferentiableFunction f = Surfaces.function(rosenbrock.expression());
        SampledGrid grid = SampledGrid.sample(f, rosenbrock.domain(), 120, 120);
        double[] levels = ContourLevels.logarithmic(grid.min(), grid.max(), 9);
        MapSpec map = new MapSpec(grid, levels, List.of("x", "y"), List.of(), "Rosenbrock");

        SurfaceSpec spec = SurfaceSpec.beside(map, f);

        assertThat(spec.domain()).isEqualTo(rosenbrock.domain());
        assertThat(spec.levels()).containsExactly(levels);
        assertThat(spec.title()).isEqualTo("Rosenbrock");
        assertThat(spec.heights()).isEqualTo(HeightRange.readable(grid));
    }

    @Test
    void theLevelsAreCopiedInAndOut() {
        double[] levels = {1, 2, 3};
        SurfaceSpec spec = new SurfaceSpec(Surfaces.function("x*y"), Surfaces.preset("Saddle").domain(),
                new HeightRange(-4, 4), levels, null);

        levels[0] = 99;
        spec.levels()[1] = 99;

        assertThat(spec.levels()).containsExactly(1, 2, 3);
    }
}
