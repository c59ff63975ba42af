package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

class ColourBarTest {

    @Test
    void logarithmicLevelsGetEqualSlotsLabelledWithTheirValues() {
        ContourBands bands = new ContourBands(new double[] {1e-4, 1e-3, 1e-2, 0.1, 1}, ColourMap.viridis());

        PaintScaleLegend bar = ColourBar.create(bands, new LevelLabels(bands, 0, 10), "f(x, y)", ChartLook.light());

        SymbolAxis axis = (SymbolAxis) bar.getAxis();
        assertThat(axis.getSymbols()).containsExactly("0", "1e-4", "1e-3", "0.01", "0.1", "1", "10");
        assertThat(axis.getLowerBound()).isZero();
        assertThat(axis.getUpperBound()).isEqualTo(6);
        for (int k = 0; k < bands.count(); k++) {
            assertThat(bar.getScale().getPaint(k + 0.5)).as("slot %d", k).isEqualTo(new Color(bands.argb(k), true));
        }
    }

    @Test
    void anEndThatRepeatsItsNeighbourLevelIsLeftBlank() {
        ContourBands bands = new ContourBands(new double[] {2, 5}, ColourMap.viridis());

        assertThat(new LevelLabels(bands, 0, 5).scale()).containsExactly("0", "2", "5", "");
    }
}
