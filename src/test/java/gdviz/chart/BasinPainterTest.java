package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.analysis.BasinMap;
import gdviz.core.analysis.Progress;
import gdviz.core.analysis.StartGrid;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.expr.FunctionParser;
import gdviz.core.grid.Domain;
import gdviz.core.presets.KnownMinimum;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The basin overlay drawn on a map. */
class BasinPainterTest {

    @Test
    void oneBasinTintsTheWholeMapEvenlyWithoutSeamsBetweenCells() throws Exception {
        var bowl = FunctionParser.parse("x^2 + x*y + y^2", List.of("x", "y")).compile();
        Domain domain = new Domain(-5, 5, -5, 5);
        BasinMap basins = BasinMap.compute(new Descent(bowl, new GradientDescent(), DescentSettings.withRate(0.1)),
                List.of(new KnownMinimum(List.of(0.0, 0.0), 0, true)), StartGrid.square(domain), () -> false,
                Progress.NONE);
        assertThat(basins.count(0)).isEqualTo(basins.grid().columns() * basins.grid().rows());
        // Data areas on fractional pixels, as chart layouts give, where rounding each cell alone can leave seams.
        for (double top = 20; top < 21; top += 0.125) {
            for (double height = 300; height < 301; height += 0.125) {
                MapGeometry geometry = new MapGeometry(30.3, top, 333.7, height, domain);
                assertThat(coloursInside(basins, geometry)).as("colours inside a map at %s, %s high", top, height)
                        .hasSize(1).doesNotContain(Color.WHITE.getRGB());
            }
        }
    }

    private static Set<Integer> coloursInside(BasinMap basins, MapGeometry geometry) {
        BufferedImage image = new BufferedImage(400, 340, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 400, 340);
        BasinPainter.overlay(basins).paint(g2, geometry);
        g2.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int y = (int) geometry.top() + 2; y < geometry.bottom() - 2; y++) {
            for (int x = (int) geometry.left() + 2; x < geometry.right() - 2; x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
