package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

    private static final Figure SQUARE = (g2, width, height) -> {
        g2.setPaint(Color.RED);
        g2.fillRect(0, 0, width, height);
    };

    @Test
    void theExtensionChoosesTheFormatInAnyCase() {
        assertThat(FigureFormat.of("map.png")).contains(FigureFormat.PNG);
        assertThat(FigureFormat.of("Map.SVG")).contains(FigureFormat.SVG);
        assertThat(FigureFormat.of("map.svg.png")).contains(FigureFormat.PNG);
        assertThat(FigureFormat.of("map.jpg")).isEmpty();
        assertThat(FigureFormat.of(".png")).isEmpty();
        assertThat(FigureFormat.of("png")).isEmpty();
    }

    @Test
    void pngBytesDecodeToTheSizeAsked() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureFormat.PNG.render(SQUARE, 40, 30)));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getRGB(20, 15) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void svgBytesAreTheDocumentInUtf8() throws Exception {
        String svg = new String(FigureFormat.SVG.render(SQUARE, 40, 30), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("rgb(255,0,0)");
        assertThat(svg).isEqualTo(FigureWriter.svg(SQUARE, 40, 30));
    }
}
