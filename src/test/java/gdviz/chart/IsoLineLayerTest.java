package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import gdviz.core.grid.IsoLine;
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
}
