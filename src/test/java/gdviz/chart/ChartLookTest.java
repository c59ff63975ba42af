package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLookTest {

    @Test
    void bothLooksHaveHighContrastTextAndAReadableCurve() {
        for (ChartLook look : List.of(ChartLook.light(), ChartLook.dark())) {
            // WCAG's "enhanced" contrast for text is 7:1; lines need 3:1, the curve gets the 4.5:1 of text.
            assertThat(contrast(look.text(), look.background())).isGreaterThanOrEqualTo(7);
            assertThat(contrast(look.text(), look.plotBackground())).isGreaterThanOrEqualTo(7);
            assertThat(contrast(look.curve(), look.plotBackground())).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(look.outline(), look.plotBackground())).isGreaterThanOrEqualTo(3);
            // Okabe–Ito's orange and sky blue on white are near 2:1; the lines are two pixels wide or more.
            for (Color pinned : Palette.PINNED) {
                assertThat(contrast(look.ink(pinned), look.plotBackground())).as("%s on %s", pinned, look)
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void scalingThickensThePathAndEnlargesFontsButKeepsColours() {
        ChartLook big = ChartLook.dark().scaled(2);
        PathStyle standard = ChartLook.dark().pathStyle();
        assertThat(big.pathStyle().lineWidth()).isEqualTo(standard.lineWidth() * 2);
        assertThat(big.pathStyle().pointRadius()).isEqualTo(standard.pointRadius() * 2);
        assertThat(big.pathStyle().path()).isEqualTo(Palette.LIVE_PATH);
        assertThat(big.pathStyle().tangent()).isEqualTo(ChartLook.dark().text());
        assertThat(big.font(new Font(Font.SANS_SERIF, Font.PLAIN, 11)).getSize2D()).isEqualTo(22f);
        assertThat(big.stroke(1.5f).getLineWidth()).isEqualTo(3f);
        assertThat(big.background()).isEqualTo(ChartLook.dark().background());
    }

    @Test
    void blackRunsAreDrawnInTheTextColourOnADarkChart() {
        assertThat(ChartLook.dark().ink(Palette.BLACK)).isEqualTo(ChartLook.dark().text());
        assertThat(ChartLook.light().ink(Palette.BLACK)).isEqualTo(ChartLook.light().text());
        assertThat(ChartLook.dark().ink(Palette.BLUE)).isEqualTo(Palette.BLUE);
    }

    @Test
    void refusesSizeFactorsOutsideTheUsefulRange() {
        assertThatThrownBy(() -> ChartLook.light().scaled(0.5)).hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> ChartLook.light().scaled(Double.NaN)).hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> PathStyle.standard().scaled(0)).hasMessageContaining("positive");
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
