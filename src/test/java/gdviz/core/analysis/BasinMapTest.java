package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Momentum;
import gdviz.core.descent.UpdateRule;
import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BasinMapTest {

    private static Preset preset(String name) {
        return Presets.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static BasinMap map(Preset preset, UpdateRule rule, double rate, StartGrid grid) {
        DifferentiableFunction f = Functions.parse(preset.expression());
        Descent descent = new Descent(f, rule, DescentSettings.withRate(rate));
        return BasinMap.compute(descent, preset.minima(), grid, () -> false, Progress.NONE);
    }

    @Test
    void startGridCellsTileTheDomainWithRowZeroAtTheBottom() {
        StartGrid grid = new StartGrid(new Domain(0, 4, 0, 2), 4, 2);

        assertThat(grid.x(0)).isEqualTo(0.5);
        assertThat(grid.x(3)).isEqualTo(3.5);
        assertThat(grid.y(0)).isEqualTo(0.5);
        assertThat(grid.y(1)).isEqualTo(1.5);
        assertThatThrownBy(() -> new StartGrid(Domain.centred(1), 0, 5))
                .hasMessage("the columns of a start grid must be from 1 to 2000, got 0");
    }

    @Test
    void inTheTwoWellsTheSideOfTheHumpDecidesTheMinimum() {
        Preset wells = preset("Two wells");
        StartGrid grid = StartGrid.square(wells.domain());
        BasinMap map = map(wells, new GradientDescent(), 0.05, grid);

        // f_x = 4x³ − 4x + 0.3 vanishes at the hump x ≈ 0.075 between the wells; y does not matter.
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double x = grid.x(i);
                if (x < 0) {
                    assertThat(map.label(i, j)).as("x = %s", x).isEqualTo(0);
                } else if (x > 0.15) {
                    assertThat(map.label(i, j)).as("x = %s", x).isEqualTo(1);
                }
            }
        }
        assertThat(map.count(0) + map.count(1)).isEqualTo(60 * 60);
        assertThat(map.minima()).isEqualTo(wells.minima());
    }

    @Test
    void momentumCarriesSomeRightHandStartsOverTheHumpIntoTheDeeperWell() {
        Preset wells = preset("Two wells");
        StartGrid grid = StartGrid.square(wells.domain());

        BasinMap plain = map(wells, new GradientDescent(), 0.05, grid);
        BasinMap heavy = map(wells, new Momentum(), 0.05, grid);

        assertThat(heavy.count(0)).isGreaterThan(plain.count(0));
    }

    @Test
    void himmelblausFourMinimaEachHaveABasinAroundThem() {
        Preset himmelblau = preset("Himmelblau");
        StartGrid grid = new StartGrid(himmelblau.domain(), 40, 40);
        BasinMap map = map(himmelblau, new GradientDescent(), 0.01, grid);

        for (int m = 0; m < 4; m++) {
            assertThat(map.count(m)).as("minimum %d", m).isPositive();
            List<Double> at = himmelblau.minima().get(m).point();
            int column = (int) ((at.get(0) - himmelblau.domain().xMin()) / himmelblau.domain().width() * 40);
            int row = (int) ((at.get(1) - himmelblau.domain().yMin()) / himmelblau.domain().height() * 40);
            assertThat(map.label(column, row)).as("the cell holding minimum %d", m).isEqualTo(m);
        }
    }

    @Test
    void aRateAboveTheLimitDivergesExceptAlongTheFlatDirection() {
        StartGrid grid = new StartGrid(Domain.centred(5), 4, 4);
        BasinMap map = map(preset("Bowl"), new GradientDescent(), 0.9, grid);

        // Rate 0.9 is above 2/3, the limit of the steep direction (1, 1) with λ = 3: |1 − 0.9·3| = 1.7 > 1.
        // Starts on the anti-diagonal y = −x lie along the flat direction, λ = 1: |1 − 0.9| = 0.1, they converge.
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                int expected = grid.x(i) == -grid.y(j) ? 0 : BasinMap.DIVERGED;
                assertThat(map.label(i, j)).as("start (%s, %s)", grid.x(i), grid.y(j)).isEqualTo(expected);
            }
        }
    }

    @Test
    void runsThatEndAwayFromEveryKnownMinimumAreLabelledSo() {
        // The saddle has no minima: every run slides off along y, or stops on the x axis at the saddle point.
        BasinMap map = map(preset("Saddle"), new GradientDescent(), 0.1, new StartGrid(Domain.centred(2), 5, 5));

        assertThat(map.labels()).doesNotContain(0);
        assertThat(map.count(BasinMap.NO_MINIMUM)).isPositive();
    }

    @Test
    void theMatchDistanceIsTwoPercentOfTheLongerSide() {
        BasinMap map = map(preset("Bowl"), new GradientDescent(), 0.1, new StartGrid(new Domain(0, 10, 0, 4), 2, 2));

        assertThat(map.matchDistance()).isEqualTo(0.2);
    }

    @Test
    void progressCountsRowsAndCancellingStopsTheMap() {
        Preset wells = preset("Two wells");
        Descent descent = new Descent(Functions.parse(wells.expression()), new GradientDescent(),
                DescentSettings.withRate(0.05));
        List<Long> reports = new ArrayList<>();
        BasinMap.compute(descent, wells.minima(), new StartGrid(wells.domain(), 5, 8), () -> false,
                (done, total) -> {
                    assertThat(total).isEqualTo(8);
                    reports.add(done);
                });
        assertThat(reports).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

        AtomicBoolean cancelled = new AtomicBoolean();
        assertThatThrownBy(() -> BasinMap.compute(descent, wells.minima(), StartGrid.square(wells.domain()),
                cancelled::get, (done, total) -> cancelled.set(true)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void needsAFunctionOfTwoVariables() {
        Descent descent = new Descent(Functions.parse("x^2"), new GradientDescent(), DescentSettings.withRate(0.1));

        assertThatThrownBy(() -> BasinMap.compute(descent, List.of(), StartGrid.square(Domain.centred(1)),
                () -> false, Progress.NONE))
                .hasMessage("a basin map needs a function of two variables, not 1");
    }

    @Test
    void labelsHandedOutAreACopy() {
        BasinMap map = map(preset("Bowl"), new GradientDescent(), 0.1, new StartGrid(Domain.centred(5), 3, 3));
        map.labels()[0] = 42;

        assertThat(map.label(0, 0)).isEqualTo(0);
    }
}
