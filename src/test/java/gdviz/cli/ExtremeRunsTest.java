package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.ContourMap;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extreme rates, far starts, poles and gaps on the command line: the stop reason in plain words, sane figures. */
class ExtremeRunsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} from {1} with rate {2}")
    @CsvSource(delimiter = '|', value = {
        "1/x             | 0      | 0.1   | left the domain at iteration 0: f or its gradient is not a finite number at the start",
        "x^2             | 1e300  | 1e-12 | left the domain at iteration 0: f or its gradient is not a finite number at the start",
        "sqrt(-1 - x^2)  | 1      | 1e6   | left the domain at iteration 0",
        "log(x)          | 1      | 1e6   | left the domain at iteration 1: f or its gradient is not a number there",
        "-x^2            | 1      | 1     | diverged at iteration ",
        "x^2             | -1     | 1e6   | diverged at iteration 2: values grew without bound",
        "5 + 0*x         | -1e300 | 1e6   | converged at iteration 0",
        "x^2             | 1      | 1e-12 | stopped at the iteration limit (100)"})
    void theStopReasonIsStatedInPlainWords(String function, String start, String rate, String reason) {
        Cli.Result result = Cli.run("run", "--function", function, "--start=" + start, "--rate", rate, "--steps",
                "100");

        assertThat(result.exitCode()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.err()).startsWith(reason).hasLineCount(1);
        assertThat(result.out()).startsWith("iteration,x,f,grad_x,grad_norm,step_length\n0,");
    }

    @Test
    void aPathThatRanFarOutHasPlainAxisLabels() throws IOException {
        Path svg = folder.resolve("diverged.svg");

        Cli.Result result = Cli.run("plot", "--function", "x^2 + y^2", "--start", "1,1", "--rate", "1.5",
                "--out", svg.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(GdvizCli.EXIT_DONE);
        assertThat(result.err()).startsWith("diverged at iteration");
        String text = Files.readString(svg);
        assertThat(labels(text)).contains("0", "1e10", "2e10", "-1e10").noneMatch(l -> l.matches(".*\\dE-?\\d.*"))
                .noneMatch(l -> l.contains("NaN") || l.contains("Infinity"));
    }

    @Test
    void whereFIsUndefinedTheMapShowsItsBackgroundNotAColour() throws IOException {
        Path png = folder.resolve("log.png");

        Cli.Result result = Cli.run("plot", "--function", "log(x) + y^2", "--start", "1,1", "--rate", "0.1",
                "--domain", "-2,2,-2,2", "--size", "400x300", "--out", png.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(GdvizCli.EXIT_DONE);
        BufferedImage image = ImageIO.read(png.toFile());
        // Left of x = 0 the logarithm is undefined; well inside that half, at mid-height, only the background shows.
        int undefined = image.getRGB(image.getWidth() / 4, image.getHeight() / 2) & 0xFFFFFF;
        int defined = image.getRGB(image.getWidth() * 5 / 8, image.getHeight() / 3) & 0xFFFFFF;
        assertThat(undefined).isEqualTo(ContourMap.UNDEFINED_BACKGROUND.getRGB() & 0xFFFFFF);
        assertThat(defined).isNotEqualTo(undefined);
    }

    /** The text of every label in an SVG figure. */
    private static java.util.List<String> labels(String svg) {
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        java.util.List<String> labels = new java.util.ArrayList<>();
        while (text.find()) {
            labels.add(text.group(1).strip());
        }
        return labels;
    }
}
