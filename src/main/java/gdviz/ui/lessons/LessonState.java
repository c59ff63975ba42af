package gdviz.ui.lessons;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.RunRecipe;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.io.lesson.Lesson;
import gdviz.io.lesson.LessonException;
import gdviz.io.lesson.LessonPin;
import gdviz.io.lesson.LessonView;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.optimizer.OptimizerModel;
import gdviz.ui.region.RegionModel;
import gdviz.ui.runs.PinnedRun;
import gdviz.ui.runs.PinnedRuns;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Turns what the window shows into a {@link Lesson} and a lesson into what the window shows: the function, the
 * region and its colours, the optimiser and its hyperparameters, the settings, the start, the pinned runs and the
 * layout; and keeps the open lesson's title and description. Applying computes everything that can fail before
 * it changes anything, so a lesson that cannot be shown leaves the window as it was.
 *
 * <p>Used on the JavaFX application thread; needs no running toolkit, so it is tested as plain Java.
 */
public final class LessonState {

    private final FunctionModel function;
    private final RegionModel region;
    private final DescentModel descent;
    private final OptimizerModel optimizer;
    private final PinnedRuns pins;
    private final ObjectProperty<PictureLayout> layout;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");

    /**
     * @param layout how the map and the surface share the space; never set to null
     */
    public LessonState(FunctionModel function, RegionModel region, DescentModel descent, OptimizerModel optimizer,
            PinnedRuns pins, ObjectProperty<PictureLayout> layout) {
        this.function = function;
        this.region = region;
        this.descent = descent;
        this.optimizer = optimizer;
        this.pins = pins;
        this.layout = layout;
    }

    /** The open lesson's title; empty when none was opened. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The open lesson's words for the class; empty when none was opened or it has none. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /**
     * Closes the open lesson: its title and words go, and what the window shows stays to play with. Saving then
     * names the lesson after its file, as for a window that never had a lesson open.
     */
    public void close() {
        title.set("");
        description.set("");
    }

    /**
     * The window's state as a lesson, with the open lesson's title and description.
     *
     * @param untitled the title when no lesson is open, such as the name of the file saved to
     * @throws LessonException if there is nothing to keep yet, or a setting is out of range
     */
    public Lesson capture(String untitled) throws LessonException {
        ParsedFunction shown = function.functionProperty().get();
        if (shown == null) {
            throw new LessonException("there is no function to keep yet: type one first");
        }
        try {
            RunRecipe run = new RunRecipe(optimizer.optimizerProperty().get(), optimizer.chosenValues(),
                    descent.settings(), Arrays.stream(descent.start()).boxed().toList());
            List<LessonPin> kept = new ArrayList<>();
            for (PinnedRun pin : pins.pins()) {
                kept.add(new LessonPin(pin.name(), hex(pin.colour()), pin.recipe(), !pin.visibleProperty().get()));
            }
            LessonView view = new LessonView(layout.get() == PictureLayout.TABS ? LessonView.Layout.TABS
                    : LessonView.Layout.SIDE_BY_SIDE, region.logColoursProperty().get());
            return new Lesson(title.get().isBlank() ? untitled : title.get(), description.get(), shown.text(),
                    shown.variables(), region.domain(), run, kept, view);
        } catch (IllegalArgumentException e) {
            throw new LessonException("the settings cannot be kept: " + e.getMessage());
        }
    }

    /**
     * Shows {@code lesson}: everything it holds, its pinned runs computed again.
     *
     * @throws LessonException if a run cannot be computed; the window is then unchanged
     */
    public void apply(Lesson lesson) throws LessonException {
        ParsedFunction parsed;
        try {
            parsed = FunctionParser.parse(lesson.function());
        } catch (ExpressionException e) {
            throw new LessonException("the function cannot be read: " + e.getMessage());
        }
        int[] order = windowOrder(lesson.variables(), parsed.variables());
        RunRecipe run = reordered(lesson.run(), order);
        DifferentiableFunction compiled = parsed.compile();
        List<RunRecipe> pinRecipes = new ArrayList<>();
        List<Trajectory> pinRuns = new ArrayList<>();
        for (LessonPin pin : lesson.pins()) {
            RunRecipe recipe = reordered(pin.run(), order);
            pinRecipes.add(recipe);
            pinRuns.add(trace(recipe, compiled, pin.label()));
        }

        optimizer.optimizerProperty().set(run.optimizer());
        for (Map.Entry<Hyperparameter, Double> value : run.allHyperparameters().entrySet()) {
            optimizer.valueProperty(value.getKey()).set(value.getValue());
        }
        descent.rateProperty().set(run.settings().rate());
        descent.maxIterationsProperty().set(run.settings().maxIterations());
        descent.toleranceProperty().set(run.settings().tolerance());
        descent.startXProperty().set(run.start().get(0));
        if (run.start().size() > 1) {
            descent.startYProperty().set(run.start().get(1));
        }
        region.setHome(lesson.region());
        region.logColoursProperty().set(lesson.view().logColours());
        function.textProperty().set(lesson.function());
        pins.clear();
        for (int i = 0; i < pinRuns.size(); i++) {
            LessonPin pin = lesson.pins().get(i);
            PinnedRun shown = pin.colour() == null ? pins.pin(pinRuns.get(i), pin.label(), pinRecipes.get(i))
                    : pins.pin(pinRuns.get(i), pin.label(), pinRecipes.get(i), Color.decode(pin.colour()));
            shown.visibleProperty().set(!pin.hidden());
        }
        layout.set(lesson.view().layout() == LessonView.Layout.TABS ? PictureLayout.TABS
                : PictureLayout.SIDE_BY_SIDE);
        title.set(lesson.title());
        description.set(lesson.description());
    }

    private static Trajectory trace(RunRecipe recipe, DifferentiableFunction function, String label)
            throws LessonException {
        try {
            return recipe.trace(function);
        } catch (IllegalArgumentException e) {
            throw new LessonException("the pinned run \"" + label + "\" cannot be computed: " + e.getMessage());
        }
    }

    /** For each of the window's variables, its place in the lesson's order. */
    private static int[] windowOrder(List<String> lessonOrder, List<String> windowOrder) throws LessonException {
        int[] order = new int[windowOrder.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = lessonOrder.indexOf(windowOrder.get(i));
            if (order[i] < 0) {
                throw new LessonException("the lesson's variables " + lessonOrder + " are not the function's "
                        + windowOrder);
            }
        }
        return order;
    }

    /** The recipe with its start in the window's variable order. */
    private static RunRecipe reordered(RunRecipe recipe, int[] order) {
        List<Double> start = Arrays.stream(order).mapToObj(recipe.start()::get).toList();
        return new RunRecipe(recipe.optimizer(), recipe.hyperparameters(), recipe.settings(), start);
    }

    private static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06X", colour.getRGB() & 0xFFFFFF);
    }
}
