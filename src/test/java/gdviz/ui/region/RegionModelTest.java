package gdviz.ui.region;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.grid.Domain;
import org.junit.jupiter.api.Test;

class RegionModelTest {

    private final RegionModel region = new RegionModel();

    @Test
    void editingOneBoundAtATimeShowsOnlyValidRegions() {
        region.show(new Domain(-1, 1, -1, 1));
        region.xMinProperty().set(3);
        assertThat(region.domain()).isEqualTo(new Domain(-1, 1, -1, 1));
        region.xMaxProperty().set(5);
        assertThat(region.domain()).isEqualTo(new Domain(3, 5, -1, 1));
    }

    @Test
    void zoomKeepsThePointerPointAndPanMovesTheRegion() {
        region.setHome(new Domain(-4, 4, -2, 2));
        region.zoom(2, 1, 0.5);
        assertThat(region.domain()).isEqualTo(new Domain(-1, 3, -0.5, 1.5));
        region.pan(1, -0.5);
        assertThat(region.domain()).isEqualTo(new Domain(0, 4, -1, 1));
        region.goHome();
        assertThat(region.domain()).isEqualTo(new Domain(-4, 4, -2, 2));
    }

    @Test
    void gesturesShowReadableBoundsButManySmallStepsAddUpExactly() {
        region.show(Domain.centred(5));
        region.zoom(1.234567, 0, 0.9);
        assertThat(region.xMinProperty().get()).isEqualTo(-4.377);
        for (int i = 0; i < 100; i++) {
            region.pan(0.0123, 0);
        }
        assertThat(region.domain().xMin()).isCloseTo(-4.377 + 1.23, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aCurveZoomsAlongXOnly() {
        region.show(new Domain(-4, 4, -2, 2));
        region.zoomX(0, 0.5);
        assertThat(region.domain()).isEqualTo(new Domain(-2, 2, -2, 2));
    }

    @Test
    void zoomStopsBeforeTheRegionBecomesTooSmallToSample() {
        region.show(new Domain(-1e-9, 1e-9, -1e-9, 1e-9));
        region.zoom(0, 0, 0.1);
        assertThat(region.domain()).isEqualTo(new Domain(-1e-9, 1e-9, -1e-9, 1e-9));
    }

    @Test
    void logColoursAreAdvisedForRosenbrockButNotForTheBowl() throws ExpressionException {
        assertThat(ColourScaleAdvice.prefersLogColours(
                FunctionParser.parse("(1 - x)^2 + 100*(y - x^2)^2").compile(), new Domain(-2, 2, -1, 3))).isTrue();
        assertThat(ColourScaleAdvice.prefersLogColours(
                FunctionParser.parse("x^2 + x*y + y^2").compile(), Domain.centred(5))).isFalse();
    }
}
