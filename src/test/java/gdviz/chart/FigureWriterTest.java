package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class FigureWriterTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(5), 120, 120);
    private final JFreeChart map = ContourMap.create(new MapSpec(grid, ContourLevels.linear(grid.min(), grid.max(), 6),
            List.of("x", "y"), List.of(), "Bowl"));
    private final ChartOverlay path = ChartOverlay.of(new PathPainter(),
            new PathFrame(new double[] {4, 2, 1}, new double[] {-3, -1, 0}, 2, 2, 1, 0.1));

    @Test
    void pngIsAnImageOfTheRequestedSize() throws Exception {
        byte[] png = FigureWriter.png(map, 800, 600, path);

        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(800);
        assertThat(decoded.getHeight()).isEqualTo(600);
    }

    @Test
    void svgIsWellFormedXmlOfTheRequestedSize() throws Exception {
        String svg = FigureWriter.svg(map, 640, 480, path);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The document names the SVG DTD; reading it would need the network and adds nothing to the check.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(document.getDocumentElement().getAttribute("width"))).isEqualTo(640);
        assertThat(Double.parseDouble(document.getDocumentElement().getAttribute("height"))).isEqualTo(480);
        // The contour bands are embedded as one image that viewers must not smooth into in-between colours.
        Element bands = (Element) document.getElementsByTagName("image").item(0);
        assertThat(bands.getAttribute("image-rendering")).isEqualTo("optimizeSpeed");
    }

    @Test
    void theLayoutIsWhereTheFigureDrawsItsData() throws Exception {
        MapGeometry planned = FigureWriter.layout(map, 800, 600);

        MapGeometry drawn = FigureWriter.draw(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB).createGraphics(),
                map, 800, 600, ChartOverlay.NONE);
        assertThat(planned).isEqualTo(drawn);
        assertThat(planned.domain()).isEqualTo(grid.domain());
        assertThat(planned.right()).isLessThan(800);
        assertThat(planned.bottom()).isLessThan(600);
    }

    @Test
    void theTitleKeepsClearOfTheFiguresTopEdge() throws Exception {
        BufferedImage figure = ImageIO.read(new ByteArrayInputStream(FigureWriter.png(map, 800, 600, path)));

        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 800; x++) {
                assertThat(figure.getRGB(x, y) & 0xFFFFFF).as("pixel (%d, %d)", x, y).isEqualTo(0xFFFFFF);
            }
        }
    }

    @Test
    void anImpossibleSizeIsACheckedFailureNamingTheSize() {
        assertThatThrownBy(() -> FigureWriter.png(map, 0, 600, ChartOverlay.NONE))
                .isInstanceOf(FigureSizeException.class)
                .hasMessage("a figure must be between 16 and 16384 pixels wide and high, not 0 × 600");
    }

    @Test
    void aFigureTooSmallForItsTitleAndAxesSaysSo() {
        assertThatThrownBy(() -> FigureWriter.png(map, 60, 40, path))
                .isInstanceOf(FigureSizeException.class)
                .hasMessage("a 60 × 40 figure is too small for this chart: its title, axes and colour scale leave no"
                        + " room for the data");
        assertThatThrownBy(() -> FigureWriter.svg(map, 60, 40, path)).isInstanceOf(FigureSizeException.class);
        assertThatThrownBy(() -> FigureWriter.layout(map, 60, 40)).isInstanceOf(FigureSizeException.class);
    }

    @Test
    void aTitledFigureDrawsTheTitleOnWhiteAboveTheBody() throws Exception {
        Figure red = (g2, width, height) -> {
            g2.setColor(Color.RED);
            g2.fillRect(0, 0, width, height);
        };

        BufferedImage figure = ImageIO.read(new ByteArrayInputStream(
                FigureWriter.png(Figure.titled("A surface seen from the front", red), 400, 300)));

        assertThat(figure.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(figure.getRGB(200, 299) & 0xFFFFFF).isEqualTo(0xFF0000);
        int firstRed = 0;
        while ((figure.getRGB(200, firstRed) & 0xFFFFFF) != 0xFF0000) {
            firstRed++;
        }
        assertThat(firstRed).as("title height").isBetween(20, 60);
        boolean text = false;
        for (int y = 0; y < firstRed; y++) {
            for (int x = 0; x < 400; x++) {
                text |= (figure.getRGB(x, y) & 0xFF) < 0x80;
            }
        }
        assertThat(text).as("dark title text above the body").isTrue();
    }

    @Test
    void aTitleThatLeavesNoRoomIsASizeProblem() {
        Figure body = (g2, width, height) -> { };

        assertThatThrownBy(() -> FigureWriter.png(Figure.titled("a long title that wraps onto many lines", body), 40,
                30)).isInstanceOf(FigureSizeException.class);
    }

    @Test
    void aFailureWhileDrawingSurfacesAsACheckedException() {
        ChartOverlay broken = (g2, geometry) -> {
            throw new IllegalStateException("the path has no points");
        };

        assertThatThrownBy(() -> FigureWriter.png(map, 400, 300, broken))
                .isInstanceOf(FigureException.class)
                .hasMessage("could not render the figure as PNG: the path has no points");
        assertThatThrownBy(() -> FigureWriter.svg(map, 400, 300, broken))
                .isInstanceOf(FigureException.class)
                .hasMessage("could not render the figure as SVG: the path has no points");
    }
}
