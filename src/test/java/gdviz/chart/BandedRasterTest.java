package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import gdviz.core.presets.KnownMinimum;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A map with a path drawn in parallel bands looks exactly like one drawn by a single graphics. */
class BandedRasterTest {

    /** Rosenbrock's valley on logarithmic levels: dense, curved iso-lines crossing every band boundary. */
    private static JFreeChart rosenbrockMap() throws ExpressionException {
        SampledGrid grid = SampledGrid.sample(FunctionParser.parse("(1-x)^2 + 100*(y-x^2)^2").compile(),
                new Domain(-2, 2, -1, 3), 300, 300);
        KnownMinimum minimum = new KnownMinimum(List.of(1.0, 1.0), 0, true);
        return ContourMap.create(new MapSpec(grid, ContourLevels.logarithmic(grid.min(), grid.max(), 15),
                List.of("x", "y"), List.of(minimum), "Rosenbrock"));
    }

    /** A zig-zagging descent of 400 steps across the whole map, so its strokes and dots cross every band. */
    private static ChartOverlay zigZagPath() {
        int n = 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = -1.8 + 3.6 * k / (n - 1) + (k % 2 == 0 ? 0.05 : -0.05);
            ys[k] = -0.8 + 3.6 * Math.abs(Math.sin(k * 0.02));
        }
        return ChartOverlay.of(new PathPainter(), new PathFrame(xs, ys, n - 1, 2, -3, 0.01));
    }

    private static int[] draw(JFreeChart chart, Graphics2D g2, BufferedImage image, double scale, double shiftDown)
            throws FigureSizeException {
        try {
            g2.scale(scale, scale);
            g2.translate(0, shiftDown);
            FigureWriter.draw(g2, chart, (int) (image.getWidth() / scale), (int) (image.getHeight() / scale - shiftDown),
                    zigZagPath());
        } finally {
            g2.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Device scales of plain and high-density screens, and the shift a figure's title makes. */
    @ParameterizedTest
    @CsvSource({"1, 0", "1.5, 0", "2, 0", "1, 23.5"})
    void bandsGiveThePixelsOfOneGraphics(double scale, double shiftDown) throws Exception {
        JFreeChart chart = rosenbrockMap();
        BufferedImage whole = new BufferedImage(900, 700, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage banded = new BufferedImage(900, 700, BufferedImage.TYPE_INT_ARGB_PRE);

        int[] expected = draw(chart, whole.createGraphics(), whole, scale, shiftDown);
        int[] actual = draw(chart, BandedRaster.graphics(banded), banded, scale, shiftDown);

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theBandsDrawTheIsoLines() throws Exception {
        JFreeChart chart = rosenbrockMap();
        BufferedImage banded = new BufferedImage(900, 700, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage withoutLines = new BufferedImage(900, 700, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] drawn = draw(chart, BandedRaster.graphics(banded), banded, 1, 0);
        chart.getXYPlot().getAnnotations().stream().filter(a -> a instanceof IsoLineLayer).toList()
                .forEach(layer -> chart.getXYPlot().removeAnnotation(layer));
        int[] bare = draw(chart, withoutLines.createGraphics(), withoutLines, 1, 0);

        int differing = 0;
        for (int k = 0; k < drawn.length; k++) {
            differing += drawn[k] != bare[k] ? 1 : 0;
        }
        // Lines and their tags darken or lighten thousands of pixels.
        assertThat(differing).isGreaterThan(5_000);
    }
}
