package gdviz.io.lesson;

import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.Optimizer;
import gdviz.core.descent.RunRecipe;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.grid.Domain;
import gdviz.io.lesson.LessonJson.FunctionJson;
import gdviz.io.lesson.LessonJson.OptimizerJson;
import gdviz.io.lesson.LessonJson.PinJson;
import gdviz.io.lesson.LessonJson.RegionJson;
import gdviz.io.lesson.LessonJson.ViewJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the file's shape into a {@link Lesson}, checking every value: the first problem found ends the check with
 * one line naming the field by its JSON path, such as {@code $.pins[2].learningRate}.
 */
final class LessonChecks {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_FUNCTION = 2_000;
    static final int MAX_LABEL = 100;
    /** The narrowest region, relative to its distance from 0, and the widest: those the window can zoom to. */
    static final double MIN_EXTENT = 1e-9;
    static final double MAX_EXTENT = 1e9;
    /** The window draws functions of one or two variables. */
    static final int MAX_VARIABLES = 2;

    private LessonChecks() {
    }

    /** @throws LessonException naming the first field that is missing or wrong */
    static Lesson lesson(LessonJson json) throws LessonException {
        String title = text(required(json.title(), "$.title"), "$.title", MAX_TITLE);
        if (title.isBlank()) {
            throw new LessonException("$.title: must not be blank");
        }
        String description = json.description() == null ? "" : text(json.description(), "$.description",
                MAX_DESCRIPTION);
        FunctionJson function = required(json.function(), "$.function");
        String expression = text(required(function.text(), "$.function.text"), "$.function.text", MAX_FUNCTION);
        List<String> variables = variables(expression, function.variables());
        Domain region = region(required(json.region(), "$.region"));
        int maxIterations = iterations(json.maxIterations(), DescentSettings.DEFAULT_MAX_ITERATIONS,
                "$.maxIterations");
        double tolerance = tolerance(json.tolerance(), DescentSettings.DEFAULT_TOLERANCE, "$.tolerance");
        DescentSettings settings = new DescentSettings(rate(json.learningRate(), "$.learningRate"), maxIterations,
                tolerance);
        RunRecipe run = recipe(json.optimizer(), "$.optimizer", settings, json.start(), "$.start", variables.size());
        List<LessonPin> pins = pins(json.pins(), settings, variables.size());
        return new Lesson(title, description, expression, variables, region, run, pins, view(json.view()));
    }

    private static <T> T required(T value, String path) throws LessonException {
        if (value == null) {
            throw new LessonException(path + ": missing");
        }
        return value;
    }

    private static String text(String value, String path, int limit) throws LessonException {
        if (value.length() > limit) {
            throw new LessonException(path + ": too long (" + value.length() + " characters; at most " + limit + ")");
        }
        return value;
    }

    /** The variables as listed, or found in the text; they must be those the window finds in it. */
    private static List<String> variables(String expression, List<String> listed) throws LessonException {
        ParsedFunction found;
        try {
            found = FunctionParser.parse(expression);
        } catch (ExpressionException e) {
            throw new LessonException("$.function.text: " + e.getMessage());
        }
        if (found.variables().size() > MAX_VARIABLES) {
            throw new LessonException("$.function.text: the window draws functions of one or two variables; this"
                    + " one has " + found.variables().size() + ": " + String.join(", ", found.variables()));
        }
        if (listed == null) {
            return found.variables();
        }
        if (listed.contains(null) || listed.size() != found.variables().size()
                || !new HashSet<>(listed).equals(new HashSet<>(found.variables()))) {
            throw new LessonException("$.function.variables: must list the function's variables "
                    + String.join(", ", found.variables()) + " (in any order), not " + listed);
        }
        return listed;
    }

    private static Domain region(RegionJson json) throws LessonException {
        double xMin = finite(json.xMin(), "$.region.xMin");
        double xMax = finite(json.xMax(), "$.region.xMax");
        double yMin = finite(json.yMin(), "$.region.yMin");
        double yMax = finite(json.yMax(), "$.region.yMax");
        if (!(xMin < xMax) || !(yMin < yMax)) {
            String axis = xMin < xMax ? "y" : "x";
            throw new LessonException("$.region: " + axis + "Min must be below " + axis + "Max, got "
                    + (axis.equals("x") ? xMin + " and " + xMax : yMin + " and " + yMax));
        }
        double scale = Math.max(1, Math.max(Math.max(Math.abs(xMin), Math.abs(xMax)),
                Math.max(Math.abs(yMin), Math.abs(yMax))));
        double smaller = Math.min(xMax - xMin, yMax - yMin);
        double larger = Math.max(xMax - xMin, yMax - yMin);
        if (!(larger <= MAX_EXTENT)) {
            throw new LessonException("$.region: too wide to draw (at most " + MAX_EXTENT + " across)");
        }
        if (smaller < MIN_EXTENT * scale) {
            throw new LessonException("$.region: too narrow to draw at that distance from 0");
        }
        return new Domain(xMin, xMax, yMin, yMax);
    }

    private static double finite(Double value, String path) throws LessonException {
        if (!Double.isFinite(required(value, path))) {
            throw new LessonException(path + ": must be a finite number, got " + value);
        }
        return value;
    }

    private static double rate(Double value, String path) throws LessonException {
        if (!(finite(value, path) > 0)) {
            throw new LessonException(path + ": the learning rate must be above 0, got " + value);
        }
        return value;
    }

    private static int iterations(Integer value, int otherwise, String path) throws LessonException {
        if (value == null) {
            return otherwise;
        }
        if (value < 0 || value > Lesson.MAX_ITERATIONS) {
            throw new LessonException(path + ": must be from 0 to " + Lesson.MAX_ITERATIONS + ", got " + value);
        }
        return value;
    }

    private static double tolerance(Double value, double otherwise, String path) throws LessonException {
        if (value == null) {
            return otherwise;
        }
        if (!(finite(value, path) >= 0)) {
            throw new LessonException(path + ": must be 0 or more, got " + value);
        }
        return value;
    }

    private static RunRecipe recipe(OptimizerJson json, String path, DescentSettings settings, List<Double> start,
            String startPath, int dimension) throws LessonException {
        Optimizer optimizer = Optimizer.GD;
        Map<Hyperparameter, Double> values = new EnumMap<>(Hyperparameter.class);
        if (json != null) {
            optimizer = optimizer(required(json.name(), path + ".name"), path + ".name");
            if (json.hyperparameters() != null) {
                for (Map.Entry<String, Double> given : json.hyperparameters().entrySet()) {
                    String at = path + ".hyperparameters." + given.getKey();
                    Hyperparameter h = hyperparameter(optimizer, given.getKey(), at);
                    values.put(h, check(optimizer, h, finite(given.getValue(), at), at));
                }
            }
        }
        RunRecipe given = new RunRecipe(optimizer, values, settings, start(start, startPath, dimension));
        return new RunRecipe(optimizer, given.allHyperparameters(), settings, given.start());
    }

    private static Optimizer optimizer(String name, String path) throws LessonException {
        return Optimizer.byKey(name).orElseThrow(() -> new LessonException(path + ": unknown optimiser \"" + name
                + "\"; use one of " + Arrays.stream(Optimizer.values()).map(Optimizer::key)
                        .collect(Collectors.joining(", "))));
    }

    private static Hyperparameter hyperparameter(Optimizer optimizer, String key, String path)
            throws LessonException {
        for (Hyperparameter h : optimizer.hyperparameters()) {
            if (h.key().equals(key)) {
                return h;
            }
        }
        String taken = optimizer.hyperparameters().stream().map(Hyperparameter::key).collect(Collectors.joining(", "));
        throw new LessonException(path + ": " + optimizer.displayName() + " takes no \"" + key + "\""
                + (taken.isEmpty() ? "" : "; it takes " + taken));
    }

    private static double check(Optimizer optimizer, Hyperparameter h, double value, String path)
            throws LessonException {
        try {
            optimizer.rule(Map.of(h, value));
            return value;
        } catch (IllegalArgumentException e) {
            throw new LessonException(path + ": " + e.getMessage());
        }
    }

    private static List<Double> start(List<Double> start, String path, int dimension) throws LessonException {
        required(start, path);
        if (start.size() != dimension) {
            throw new LessonException(path + ": needs " + dimension + (dimension == 1 ? " number" : " numbers")
                    + ", one per variable, got " + start.size());
        }
        for (int i = 0; i < start.size(); i++) {
            finite(start.get(i), path + "[" + i + "]");
        }
        return start;
    }

    private static List<LessonPin> pins(List<PinJson> json, DescentSettings lesson, int dimension)
            throws LessonException {
        if (json == null) {
            return List.of();
        }
        if (json.size() > Lesson.MAX_PINS) {
            throw new LessonException("$.pins: at most " + Lesson.MAX_PINS + " pinned runs, got " + json.size());
        }
        List<LessonPin> pins = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String path = "$.pins[" + i + "]";
            PinJson pin = required(json.get(i), path);
            String label = text(required(pin.label(), path + ".label"), path + ".label", MAX_LABEL);
            String colour = pin.colour();
            if (colour != null && !LessonPin.COLOUR.matcher(colour).matches()) {
                throw new LessonException(path + ".colour: write a colour as #rrggbb, not \"" + colour + "\"");
            }
            DescentSettings settings = new DescentSettings(rate(pin.learningRate(), path + ".learningRate"),
                    iterations(pin.maxIterations(), lesson.maxIterations(), path + ".maxIterations"),
                    tolerance(pin.tolerance(), lesson.tolerance(), path + ".tolerance"));
            pins.add(new LessonPin(label, colour, recipe(pin.optimizer(), path + ".optimizer", settings,
                    pin.start(), path + ".start", dimension), Boolean.TRUE.equals(pin.hidden())));
        }
        return pins;
    }

    private static LessonView view(ViewJson json) throws LessonException {
        if (json == null) {
            return new LessonView(LessonView.Layout.SIDE_BY_SIDE, false);
        }
        LessonView.Layout layout = LessonView.Layout.SIDE_BY_SIDE;
        if (json.layout() != null) {
            layout = Arrays.stream(LessonView.Layout.values()).filter(l -> l.key().equals(json.layout())).findFirst()
                    .orElseThrow(() -> new LessonException("$.view.layout: unknown layout \"" + json.layout()
                            + "\"; use side-by-side or tabs"));
        }
        return new LessonView(layout, Boolean.TRUE.equals(json.logColours()));
    }

    /** The file's shape of {@code lesson}, every value written out. */
    static LessonJson json(Lesson lesson) {
        Domain r = lesson.region();
        RunRecipe run = lesson.run();
        DescentSettings settings = run.settings();
        // Only a hidden pin says so: a shown one reads as before.
        List<PinJson> pins = lesson.pins().stream().map(p -> new PinJson(p.label(), p.colour(),
                p.hidden() ? Boolean.TRUE : null, optimizer(p.run()), p.run().settings().rate(), p.run().settings().maxIterations(),
                p.run().settings().tolerance(), p.run().start())).toList();
        return new LessonJson(Lesson.FORMAT_NAME, Lesson.FORMAT_VERSION, lesson.title(), lesson.description(),
                new FunctionJson(lesson.function(), lesson.variables()),
                new RegionJson(r.xMin(), r.xMax(), r.yMin(), r.yMax()), optimizer(run), settings.rate(),
                settings.maxIterations(), settings.tolerance(), run.start(), pins,
                new ViewJson(lesson.view().layout().key(), lesson.view().logColours()));
    }

    private static OptimizerJson optimizer(RunRecipe run) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        run.allHyperparameters().forEach((h, v) -> values.put(h.key(), v));
        return new OptimizerJson(run.optimizer().key(), values);
    }
}
