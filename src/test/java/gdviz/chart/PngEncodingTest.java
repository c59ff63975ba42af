package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Figures survive the trip through a PNG file pixel for pixel, in files about the usual size. */
class PngEncodingTest {

    /** A contour map at an odd size, so no row length is a round number. */
    private static BufferedImage map() throws FigureSizeException {
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(5), 150, 150);
        BufferedImage image = new BufferedImage(641, 479, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        FigureWriter.draw(g2, ContourMap.create(new MapSpec(grid, ContourLevels.linear(grid.min(), grid.max(), 9),
                List.of("x", "y"), List.of(), "Bowl")), 641, 479, ChartOverlay.NONE);
        g2.dispose();
        return image;
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static void assertSamePixels(BufferedImage decoded, BufferedImage drawn) {
        assertThat(decoded.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(drawn.getHeight());
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(drawn.getRGB(x, y));
            }
        }
    }

    @Test
    void aMapDecodesToTheDrawnPixels() throws Exception {
        BufferedImage drawn = map();

        assertSamePixels(decode(PngEncoding.encode(drawn)), drawn);
    }

    @Test
    void everyColourDecodesUnchanged() throws Exception {
        BufferedImage noise = new BufferedImage(257, 131, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 131; y++) {
            for (int x = 0; x < 257; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }

        assertSamePixels(decode(PngEncoding.encode(noise)), noise);
    }

    @Test
    void theFileIsAboutAsSmallAsTheUsualEncodersAndNotInterlaced() throws Exception {
        BufferedImage drawn = map();
        ByteArrayOutputStream usual = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", usual);

        byte[] png = PngEncoding.encode(drawn);

        assertThat(png.length).isLessThanOrEqualTo(usual.size() * 105 / 100);
        // The header's last byte: 0, rows in order (an interlaced file would be larger and slower to write).
        assertThat(png[8 + 8 + 12]).isZero();
    }

    @Test
    void everyChunkAndTheCompressedStreamCarryTheirChecksums() throws Exception {
        BufferedImage drawn = map();
        ByteBuffer png = ByteBuffer.wrap(PngEncoding.encode(drawn));
        png.position(8);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<String> types = new ArrayList<>();
        while (png.hasRemaining()) {
            byte[] typeAndBody = new byte[4 + png.getInt()];
            png.get(typeAndBody);
            CRC32 crc = new CRC32();
            crc.update(typeAndBody);
            String type = new String(typeAndBody, 0, 4, StandardCharsets.US_ASCII);
            assertThat(png.getInt()).as("CRC of %s", type).isEqualTo((int) crc.getValue());
            types.add(type);
            if (type.equals("IDAT")) {
                stream.write(typeAndBody, 4, typeAndBody.length - 4);
            }
        }
        assertThat(types).startsWith("IHDR").endsWith("IEND").contains("IDAT");
        // Inflating checks the stream's own Adler-32 at its end: the pieces must join into one valid stream.
        Inflater inflater = new Inflater();
        inflater.setInput(stream.toByteArray());
        byte[] rows = new byte[479 * (1 + 641 * 3) + 1];
        int length = 0;
        while (!inflater.finished() && length < rows.length) {
            length += inflater.inflate(rows, length, rows.length - length);
        }
        assertThat(inflater.finished()).isTrue();
        assertThat(length).isEqualTo(479 * (1 + 641 * 3));
        assertThat(inflater.getRemaining()).isZero();
    }

    @Test
    void theSmallestFigureDecodesToItsPixels() throws Exception {
        BufferedImage tiny = new BufferedImage(FigureWriter.MIN_SIZE, FigureWriter.MIN_SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < tiny.getHeight(); y++) {
            tiny.setRGB(y, y, 0x123456 * (y + 1));
        }

        assertSamePixels(decode(PngEncoding.encode(tiny)), tiny);
    }

    @Test
    void anImageWithAlphaIsRefused() {
        BufferedImage translucent = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);

        assertThatThrownBy(() -> PngEncoding.encode(translucent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RGB");
    }
}
