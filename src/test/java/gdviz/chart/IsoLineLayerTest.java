package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import gdviz.core.grid.IsoLine;
import gdviz.core.presets.KnownMinimum;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoLineLayerTest {

    private final Domain domain = Domain.centred(5);

    @Test
    void aLabelPointWellInsideTheMapIsKept() {
        IsoLine ring = new IsoLine(1, new double[] {0, 1, 1, 0, 1, 0, 0, -1, 0, -1, -1, 0});

        assertThat(IsoLineLayer.labelAnchor(ring, domain)).containsExactly(ring.labelPoint());
    }

    @Test
    void aLineThatRunsOffTheMapIsLabelledInsideIt() {
        // Its middle segment touches the right edge, where a tag would be cut in half.
        IsoLine line = new IsoLine(2, new double[] {-1, 0, 0, 0, 4.9, 0, 5, 0, 0, 0, 1, 0});

        double[] anchor = IsoLineLayer.labelAnchor(line, domain);

        assertThat(line.labelPoint()[0]).isEqualTo(4.95);
        assertThat(anchor[0]).isBetween(-1.0, 1.0);
        assertThat(anchor[1]).isZero();
    }

    @Test
    void aLabelGivesWayToAStarAtItsPlace() {
        IsoLine ring = new IsoLine(1, new double[] {0, 1, 1, 0, 1, 0, 0, -1, 0, -1, -1, 0});
        double[] anchor = ring.labelPoint();
        LevelLabels labels = new LevelLabels(new ContourBands(new double[] {1}, ColourMap.viridis()), 0, 2);
        MinimaLayer none = MinimaLayer.onMap(List.of());
        MinimaLayer starAtTheLabel = MinimaLayer.onMap(
                List.of(new KnownMinimum(List.of(anchor[0], anchor[1]), 0, true)));

        assertThat(hasTagAt(new IsoLineLayer(List.of(ring), labels, domain, none, 1), anchor)).isTrue();
        assertThat(hasTagAt(new IsoLineLayer(List.of(ring), labels, domain, starAtTheLabel, 1), anchor)).isFalse();
    }

    /** Whether the layer painted on black leaves a pale tag pixel near the data point. */
    private boolean hasTagAt(IsoLineLayer layer, double[] point) {
        MapGeometry geometry = new MapGeometry(0, 0, 200, 200, domain);
        Probe probe = Probe.blank(200, 200, Color.BLACK, geometry);
        Graphics2D g2 = probe.graphics();
        layer.paint(g2, geometry);
        g2.dispose();
        return probe.anyNear(geometry.toScreenX(point[0]), geometry.toScreenY(point[1]), 3,
                argb -> (argb & 0xFF) > 150 && (argb >> 8 & 0xFF) > 150);
    }
}
