package gdviz.cli;

import gdviz.chart.FigureException;
import gdviz.chart.FigureFormat;
import gdviz.chart.FigureSizeException;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ParsedFunction;
import gdviz.io.AtomicFileWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gdviz plot}: runs a descent and draws it as the app does, into a PNG or SVG file, without a display:
 * the whole path with the last step as the current one, the −∇f arrow there, and a preset's known minima.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs gradient descent and draws it into a PNG or SVG file (by the file name):",
            "a contour map or 3-D surface for a function of two variables, a curve for one,",
            "with every step; the map and the curve add the -grad f arrow at the last step",
            "and the known minima of a preset.",
            "Why the descent stopped goes to standard error as one line."})
final class PlotCommand implements Callable<Integer> {

    /** A plot keeps every step in memory (about 60 bytes each for two variables). */
    static final int MAX_STEPS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Mixin
    DescentOptions descent;

    @Option(names = "--view", paramLabel = "VIEW", converter = ViewChoice.Converter.class,
            completionCandidates = ViewChoice.Names.class,
            description = "one of ${COMPLETION-CANDIDATES}; default: contour for two variables, curve for one")
    ViewChoice view;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "the figure, FILE.png or FILE.svg; replaced only when complete")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", converter = FigureSize.Converter.class, defaultValue = "1280x800",
            description = "the figure size in pixels (default: ${DEFAULT-VALUE})")
    FigureSize size;

    @Option(names = "--levels", paramLabel = "N", converter = LevelCount.class, defaultValue = "15",
            description = "contour levels on a map, 1 to 100 (default: ${DEFAULT-VALUE})")
    int levels;

    @Option(names = "--log-levels",
            description = "space the levels logarithmically above the minimum, for values that span"
                    + " orders of magnitude (Rosenbrock)")
    boolean logLevels;

    @Option(names = "--domain", paramLabel = "xmin,xmax,ymin,ymax", converter = NumberList.Converter.class,
            description = "the region shown (xmin,xmax for a curve); default: a preset's own region, otherwise"
                    + " the path's bounding box padded by 25%% (at least 1) on each side; it always holds the whole"
                    + " path, and a map widens one axis so that x and y share a scale")
    NumberList domain;

    @Option(names = "--samples", paramLabel = "N", converter = SampleCount.class, defaultValue = "600",
            description = "grid samples along the longer side of a map (a surface takes its levels from them),"
                    + " 10 to 4000 (default: ${DEFAULT-VALUE})")
    int samples;

    @Override
    public Integer call() throws UserInputException, IOException, FigureException {
        FigureFormat format = formatOf(out);
        ParsedFunction parsed = function.parse();
        ViewChoice shown = view == null ? ViewChoice.fitting(parsed) : view;
        shown.requireFits(parsed);
        double[] start = descent.startFor(parsed.variables());
        if (descent.steps > MAX_STEPS) {
            throw new UserInputException("--steps: a plot keeps every step, so at most " + MAX_STEPS);
        }
        Trajectory path = descent.descentOf(parsed.compile()).trace(start);
        PlotRequest request = new PlotRequest(parsed, path, PresetMatch.of(parsed), domain, size, levels, logLevels,
                samples, title(parsed, path));
        try {
            // Rendered whole before the file is touched: a failure leaves an existing file as it was.
            byte[] figure = format.render(shown.create(request), size.width(), size.height());
            AtomicFileWriter.write(out, stream -> stream.write(figure));
        } catch (FigureSizeException e) {
            throw new UserInputException("--size: " + e.getMessage());
        }
        spec.commandLine().getErr().print(path.outcome().description() + "\n");
        return GdvizCli.EXIT_DONE;
    }

    private static FigureFormat formatOf(Path file) throws UserInputException {
        Path name = file.getFileName();
        return FigureFormat.of(name == null ? "" : name.toString()).orElseThrow(
                () -> new UserInputException("--out " + file + ": the file name must end in .png or .svg"));
    }

    /** "x^2 + x*y + y^2 — gradient descent, rate 0.1, converged after 37 iterations" */
    private String title(ParsedFunction parsed, Trajectory path) {
        String rate = BigDecimal.valueOf(descent.rate).stripTrailingZeros().toPlainString();
        return parsed.text().strip() + " \u2014 " + descent.optimizer.title() + ", rate " + rate + ", "
                + path.outcome().summary();
    }

    /** The bounds of {@code --levels}: beyond 100 the iso-lines merge into a solid mass. */
    static final class LevelCount extends Numbers.WholeBetween {
        LevelCount() {
            super(1, 100);
        }
    }

    /** The bounds of {@code --samples}: below 10 the bands are blocks; 4000² samples already take 128 MB. */
    static final class SampleCount extends Numbers.WholeBetween {
        SampleCount() {
            super(10, 4000);
        }
    }
}
