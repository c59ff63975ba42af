package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.PathStyle;
import gdviz.ui.export.Picture;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.surface.SurfaceFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Element;

/** Figures saved from the window: PNG or SVG by the name, the size on screen, the path in them, failures told. */
@ExtendWith(ApplicationExtension.class)
class FigureExportUiTest {

    private static final int PATH_RGB = PathStyle.standard().path().getRGB() & 0xFFFFFF;

    private WindowDriver window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = WindowDriver.open(stage);
    }

    private ShownFigure shown(Picture picture) {
        ShownFigure[] figure = new ShownFigure[1];
        window.robot.interact(() -> figure[0] = window.view.shownFigure(picture));
        return figure[0];
    }

    private boolean save(Picture picture, Path file) {
        boolean[] written = new boolean[1];
        window.robot.interact(() -> written[0] = window.view.exportFigureTo(picture, file));
        return written[0];
    }

    /** Saves the picture as PNG and checks that the file decodes to the picture's size on screen. */
    private BufferedImage savedPng(Picture picture) throws IOException {
        ShownFigure figure = shown(picture);
        assertThat(figure).as("what the %s shows", picture).isNotNull();
        Path file = folder.resolve(picture.name().toLowerCase(Locale.ROOT) + ".PNG");
        assertThat(save(picture, file)).isTrue();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("the PNG decodes").isNotNull();
        assertThat(image.getWidth()).isEqualTo(figure.width());
        assertThat(image.getHeight()).isEqualTo(figure.height());
        return image;
    }

    private static long pixelsOf(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    /** The share of pixels whose colours differ by at most a little in each channel. */
    private static double sameShare(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long same = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                boolean close = true;
                for (int shift = 0; shift < 24; shift += 8) {
                    close &= Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)) <= 8;
                }
                same += close ? 1 : 0;
            }
        }
        return (double) same / ((long) a.getWidth() * a.getHeight());
    }

    /** Parses the SVG and returns its root element, checking its size against the picture's. */
    private Element savedSvg(Picture picture, Path file) throws Exception {
        ShownFigure figure = shown(picture);
        assertThat(save(picture, file)).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names its DTD by a web address; a parse that checks the XML needs no network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(svg.getAttribute("width"))).isEqualTo(figure.width());
        assertThat(Double.parseDouble(svg.getAttribute("height"))).isEqualTo(figure.height());
        return svg;
    }

    private static String pathColourInSvg() {
        java.awt.Color c = PathStyle.standard().path();
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void theMapSavesAsPngWithThePathAtItsSizeOnScreen() throws IOException {
        window.ready();
        BufferedImage map = savedPng(Picture.CONTOUR_MAP);
        assertThat(map.getWidth()).isGreaterThan(300);
        assertThat(pixelsOf(map, PATH_RGB)).as("pixels in the path's colour").isGreaterThan(50);
        window.assertNoProblems();
    }

    @Test
    void theMapSavesAsSvgWithThePathDrawnAsVectors() throws Exception {
        window.ready();
        Path file = folder.resolve("map.svg");
        Element svg = savedSvg(Picture.CONTOUR_MAP, file);
        assertThat(svg.getElementsByTagName("path").getLength()).isGreaterThan(10);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(pathColourInSvg());
        window.assertNoProblems();
    }

    @Test
    void theSurfaceAndTheLossChartSaveAsShown() throws Exception {
        window.ready();
        SurfaceFrame frame = window.surfaceShows("the still surface", shown -> !shown.draft());
        BufferedImage surface = savedPng(Picture.SURFACE);
        assertThat(sameShare(surface, SwingFXUtils.fromFXImage(frame.image(), null)))
                .as("share of pixels as on screen").isGreaterThan(0.97);
        BufferedImage loss = savedPng(Picture.LOSS_CHART);
        assertThat(loss.getWidth()).isGreaterThan(100);
        window.assertNoProblems();
    }

    @Test
    void aOneVariableFunctionSavesItsCurveButNoMap() throws Exception {
        window.ready();
        window.typeFunction("2*x^2");
        window.waitUntil("the curve", () -> window.trajectory().dimension() == 1 && window.curveImage() != null
                && window.view.picturesUpToDate() && window.view.curveGeometry() != null);
        Path curve = folder.resolve("curve.svg");
        savedSvg(Picture.CURVE, curve);
        assertThat(Files.readString(curve, StandardCharsets.UTF_8)).contains(pathColourInSvg());
        window.assertNoProblems();
        assertThat(save(Picture.CONTOUR_MAP, folder.resolve("map.png"))).isFalse();
        assertThat(window.problems).containsExactly("The contour map shows nothing to save yet.");
        assertThat(figureMenuItem("export-contour-map").isDisable()).isTrue();
        assertThat(figureMenuItem("export-surface").isDisable()).isTrue();
        assertThat(figureMenuItem("export-curve").isDisable()).isFalse();
        assertThat(figureMenuItem("export-loss-chart").isDisable()).isFalse();
    }

    /** An item of File › Export figure. */
    private MenuItem figureMenuItem(String id) {
        MenuBar bar = window.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu figures = (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(item -> "export-figure".equals(item.getId())).findFirst().orElseThrow();
        return figures.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFailedSaveIsToldAndLeavesTheExistingFileAsItWas() throws IOException {
        window.ready();
        Path existing = folder.resolve("keep.png");
        Files.writeString(existing, "old content");
        assertThat(save(Picture.CONTOUR_MAP, folder.resolve("no-such-folder").resolve("map.png"))).isFalse();
        assertThat(window.problems).singleElement().asString()
                .startsWith("The contour map was not saved: cannot write ");
        assertThat(save(Picture.CONTOUR_MAP, folder.resolve("map.txt"))).isFalse();
        assertThat(window.problems).last().asString().contains("must end in .png or .svg");
        assertThat(Files.readString(existing)).isEqualTo("old content");
        assertThat(Files.list(folder)).containsExactly(existing);
    }

    @Test
    void rightClickOnTheMapOffersSavePictureAs() throws IOException {
        window.ready();
        window.saveTarget = folder.resolve("from-menu.png");
        window.robot.clickOn(window.onMap(0, 0), MouseButton.SECONDARY);
        window.robot.clickOn("Save picture as\u2026");
        window.waitUntil("the saved picture", () -> Files.exists(window.saveTarget));
        assertThat(ImageIO.read(window.saveTarget.toFile())).isNotNull();
        window.assertNoProblems();
    }
}
