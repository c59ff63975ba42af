package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class PlotCommandTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A function, start and rate for each view. */
    private static final Map<String, String[]> EXAMPLES = Map.of(
            "contour", new String[] {"x^2 + x*y + y^2", "4,-3", "0.1"},
            "surface", new String[] {"x^2 + 3*y^2", "2,1", "0.1"},
            "curve", new String[] {"2*x^2", "1", "0.45"});

    @TempDir
    Path folder;

    private Cli.Result plot(String function, String start, String rate, String... more) {
        List<String> args = new ArrayList<>(List.of("plot", "--function", function, "--start", start, "--rate", rate,
                "--samples", "120"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static BufferedImage decodePng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(PNG_SIGNATURE);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static Element svgRoot(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The document names the SVG DTD; reading it would need the network and adds nothing to the check.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private void assertBadInputAndNothingWritten(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("error: ").endsWith("\n").hasLineCount(1);
        assertThat(result.out()).isEmpty();
        assertThat(filesInFolder()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"contour, png", "contour, svg", "surface, png", "surface, svg", "curve, png", "curve, SVG"})
    void everyViewWritesEveryFormatAtTheRequestedSize(String view, String format) throws Exception {
        String[] example = EXAMPLES.get(view);
        Path file = folder.resolve(view + "." + format);

        Cli.Result result = plot(example[0], example[1], example[2], "--view", view, "--size", "640x400",
                "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(sizeOf(file)).containsExactly(640, 400);
        assertThat(filesInFolder()).containsExactly(file);
    }

    /** Width and height of a PNG as decoded, or of an SVG as its root element states them. */
    private static int[] sizeOf(Path file) throws Exception {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            BufferedImage image = decodePng(file);
            return new int[] {image.getWidth(), image.getHeight()};
        }
        Element svg = svgRoot(file);
        assertThat(svg.getTagName()).isEqualTo("svg");
        return new int[] {(int) Double.parseDouble(svg.getAttribute("width")),
            (int) Double.parseDouble(svg.getAttribute("height"))};
    }

    @Test
    void theViewFollowsTheNumberOfVariablesAndTheSizeDefaultsTo1280By800() throws Exception {
        Path map = folder.resolve("map.png");
        Path curve = folder.resolve("curve.png");

        Cli.Result twoVariables = plot("x^2 + 3*y^2", "1,1", "0.1", "--out", map.toString());
        Cli.Result oneVariable = plot("w^2", "5", "0.1", "--out", curve.toString());

        assertThat(twoVariables.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(oneVariable.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        BufferedImage image = decodePng(map);
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        // A map is mostly coloured bands; a curve is mostly white paper.
        assertThat(whiteShare(image)).isLessThan(0.3);
        assertThat(whiteShare(decodePng(curve))).isGreaterThan(0.7);
    }

    private static double whiteShare(BufferedImage image) {
        long white = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                white += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 1 : 0;
            }
        }
        return white / (double) ((image.getHeight() + 3) / 4 * ((image.getWidth() + 3) / 4));
    }

    @Test
    void theTitleNamesTheFunctionTheRuleTheRateAndTheOutcome() throws Exception {
        Path file = folder.resolve("bowl.svg");

        plot("x^2 + x*y + y^2", "4,-3", "0.1", "--out", file.toString());

        assertThat(Files.readString(file))
                .contains("x^2 + x*y + y^2 \u2014 gradient descent, rate 0.1, converged after ");
    }

    @Test
    void standardErrorSaysWhyTheDescentStopped() {
        Cli.Result result = plot("2*x^2", "1", "0.1", "--steps", "2", "--out", folder.resolve("f.png").toString());

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(
                "stopped at the iteration limit (2): |grad f| = 1.44 is still above the tolerance 1e-6\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2 + y^2|1,1|--view=curve|--view curve needs a function of one variable; x^2 + y^2 has 2 (x, y)",
        "2*x^2|1|--view=contour|--view contour needs a function of two variables; 2*x^2 has 1 (x)",
        "w^2|1|--view=surface|--view surface needs a function of two variables; w^2 has 1 (w)",
        "x + y + z|1,1,1|--size=640x400|plot draws functions of one or two variables; x + y + z has 3 (x, y, z)"})
    void aViewThatDoesNotFitTheFunctionNamesItsVariables(String function, String start, String option,
            String message) throws IOException {
        Cli.Result result = plot(function, start, "0.1", option, "--out", folder.resolve("f.png").toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).isEqualTo("error: " + message + "\n");
    }

    @Test
    void anUnknownViewListsTheViews() throws IOException {
        Cli.Result result = plot("x^2 + y^2", "1,1", "0.1", "--view", "pie", "--out", folder.resolve("f.png").toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).contains("'pie' is not a view; choose one of: contour, surface, curve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"figure.jpg", "figure", "figure.png.txt", ".png"})
    void aFileNameWithoutPngOrSvgIsRefused(String name) throws IOException {
        Path file = folder.resolve(name);

        Cli.Result result = plot("2*x^2", "1", "0.1", "--out", file.toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).isEqualTo("error: --out " + file + ": the file name must end in .png or .svg\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x600|width and height must each be between 16 and 16384 pixels",
        "1280x16385|width and height must each be between 16 and 16384 pixels",
        "1280|is not a size in pixels such as 1280x800",
        "1280x800x2|is not a size in pixels such as 1280x800",
        "wide|is not a size in pixels such as 1280x800"})
    void aSizeOutOfRangeOrUnreadableIsRefused(String size, String problem) throws IOException {
        Cli.Result result = plot("2*x^2", "1", "0.1", "--size", size, "--out", folder.resolve("f.png").toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).contains("--size", "'" + size + "'", problem);
    }

    @ParameterizedTest
    @CsvSource({"x^2 + y^2, '1,1', contour", "x^2 + y^2, '1,1', surface", "2*x^2, 1, curve"})
    void aSizeTooSmallForTheTitleAndAxesIsRefused(String function, String start, String view) throws IOException {
        Cli.Result result = plot(function, start, "0.1", "--view", view, "--size", "120x80",
                "--out", folder.resolve("f.svg").toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).startsWith("error: --size: a 120 × 80 figure is too small for this chart: its title");
    }

    @Test
    void aFunctionThatDoesNotParseIsRefused() throws IOException {
        assertBadInputAndNothingWritten(plot("2*x^", "1", "0.1", "--out", folder.resolve("f.svg").toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2 + y^2|1,1|--domain|0,1|--domain takes xmin,xmax,ymin,ymax for a function of two variables, not 2 numbers",
        "2*x^2|1|--domain|0,1,0,1|--domain takes xmin,xmax for a function of one variable (the f range follows the curve), not 4 numbers",
        "x^2 + y^2|1,1|--domain|2,-2,0,1|--domain: the x range must run from a smaller to a larger number, not 2.0 to -2.0",
        "2*x^2|1|--domain|3,3|--domain: xmin must be below xmax, not 3.0 and 3.0",
        "x^2 + y^2|1,1|--levels|0|'0' is not between 1 and 100",
        "x^2 + y^2|1,1|--samples|5|'5' is not between 10 and 4000",
        "x^2 + y^2|1,1|--steps|1000001|--steps: a plot keeps every step, so at most 1000000",
        "log(x) + log(y)|1,1|--domain|-3,-1,-3,-1|f has no finite value anywhere in x from -3.0 to -1.0, y from -3.0"})
    void aRegionOrDetailThatCannotBeDrawnIsRefused(String function, String start, String option, String value,
            String problem) throws IOException {
        Cli.Result result = plot(function, start, "0.1", option, value, "--out", folder.resolve("f.png").toString());

        assertBadInputAndNothingWritten(result);
        assertThat(result.err()).contains(problem);
    }

    @Test
    void aMissingFolderIsAnInputOutputFailure() throws IOException {
        Path file = folder.resolve("missing").resolve("f.png");

        Cli.Result result = plot("2*x^2", "1", "0.1", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err())
                .isEqualTo("error: cannot write " + file + ": the folder " + file.getParent() + " does not exist\n");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void anExistingFileUsedAsAFolderIsAnInputOutputFailureAndSurvives() throws IOException {
        Path plain = Files.writeString(folder.resolve("notes.txt"), "keep me");
        Path file = plain.resolve("f.png");

        Cli.Result result = plot("2*x^2", "1", "0.1", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).startsWith("error: cannot write ").hasLineCount(1);
        assertThat(Files.readString(plain)).isEqualTo("keep me");
        assertThat(filesInFolder()).containsExactly(plain);
    }

    @Test
    void aFolderInThePlaceOfTheFigureIsLeftAlone() throws IOException {
        Path target = Files.createDirectory(folder.resolve("figure.png"));

        Cli.Result result = plot("2*x^2", "1", "0.1", "--out", target.toString());

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).isEqualTo("error: cannot write " + target + ": it is a directory\n");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void anExistingFigureSurvivesABadInputPlotAndIsReplacedByAGoodOne() throws Exception {
        Path file = Files.writeString(folder.resolve("figure.png"), "the old figure");

        Cli.Result bad = plot("x^2 + y^2", "1", "0.1", "--out", file.toString());

        assertThat(bad.exitCode()).isEqualTo(GdvizCli.EXIT_BAD_INPUT);
        assertThat(Files.readString(file)).isEqualTo("the old figure");

        Cli.Result good = plot("x^2 + y^2", "1,1", "0.1", "--size", "320x200", "--out", file.toString());

        assertThat(good.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(decodePng(file).getWidth()).isEqualTo(320);
        assertThat(filesInFolder()).containsExactly(file);
    }
}
