package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColourMapTest {

    private final ColourMap viridis = ColourMap.viridis();

    @Test
    void endsAndAnchorsAreViridisColours() {
        assertThat(viridis.argb(0)).isEqualTo(0xFF440154);
        assertThat(viridis.argb(1)).isEqualTo(0xFFFDE725);
        assertThat(viridis.argb(5 / 9.0)).isEqualTo(0xFF1F9E89);
        assertThat(viridis.color(1)).isEqualTo(new Color(0xFD, 0xE7, 0x25));
    }

    @Test
    void positionsOutsideTheScaleAreClamped() {
        assertThat(viridis.argb(-3)).isEqualTo(viridis.argb(0));
        assertThat(viridis.argb(7)).isEqualTo(viridis.argb(1));
        assertThatThrownBy(() -> viridis.argb(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void lightnessRisesAllAlongTheScale() {
        double previous = -1;
        for (int k = 0; k <= 200; k++) {
            double luminance = relativeLuminance(viridis.argb(k / 200.0));
            assertThat(luminance).as("luminance at t = %s", k / 200.0).isGreaterThan(previous);
            previous = luminance;
        }
    }

    /** WCAG relative luminance of an sRGB colour. */
    private static double relativeLuminance(int argb) {
        return 0.2126 * linear(argb >> 16 & 0xFF) + 0.7152 * linear(argb >> 8 & 0xFF) + 0.0722 * linear(argb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
