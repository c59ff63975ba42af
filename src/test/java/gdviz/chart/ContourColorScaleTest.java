package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ContourColorScaleTest {

    private final double[] levels = {1, 2, 4, 8};
    private final ContourBands bands = new ContourBands(levels, ColourMap.viridis());
    private final ContourColorScale scale = new ContourColorScale(levels, 0, 10);

    @Test
    void eachHeightTakesTheColourOfItsBandOnTheMap() {
        double[] heights = {-5, 0.5, 1, 1.5, 2, 3.9, 4, 7, 8, 100};
        for (double h : heights) {
            assertThat(scale.valueToColor(h)).as("f = %s", h).isEqualTo(new Color(bands.argb(bands.bandOf(h)), true));
        }
        assertThat(scale.valueToColor(0.5)).isEqualTo(ColourMap.viridis().color(0.5 / 5));
        assertThat(scale.valueToColor(100)).isEqualTo(ColourMap.viridis().color(4.5 / 5));
    }

    @Test
    void theRangeIsTheOneGivenAndMustBeFinite() {
        assertThat(scale.getRange().getMin()).isZero();
        assertThat(scale.getRange().getMax()).isEqualTo(10);
        assertThatThrownBy(() -> new ContourColorScale(levels, 3, 3)).hasMessage(
                "a colour scale needs a finite range, not 3.0 to 3.0");
        assertThatThrownBy(() -> new ContourColorScale(new double[] {2, 1}, 0, 3)).hasMessageContaining("rise");
    }
}
