package gdviz.ui.surface;

import gdviz.chart.Figure;
import gdviz.chart.ChartLook;
import gdviz.chart.surface.SurfaceChart;
import gdviz.chart.surface.SurfaceRun;
import gdviz.chart.surface.SurfaceSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ParsedFunction;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.map.DrawnMap;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.widgets.ArrowKeys;
import gdviz.ui.widgets.Screens;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The rotatable 3-D surface of a two-variable function beside its contour map, in the map's colours and over the
 * map's region, with the descent path lying on it and advancing with the playback. Drag to turn it, scroll to
 * zoom; the button returns to the home view.
 *
 * <p>The surface is built and drawn on its own thread: the UI thread only shows finished pictures, so dragging a
 * slider stays smooth while a frame is drawn. A surface is built once per function, region and colour scale;
 * a new step or start point only moves the path. Nothing is drawn while the view is not {@link #activeProperty()
 * active} (hidden behind another tab).
 */
public final class SurfaceView {

    private static final String ONE_VARIABLE =
            "A function of one variable has no surface: its curve shows f and the steps.";
    private static final double SMALLEST = 40;
    /** Radians an arrow key turns or tilts the view: 5°, and 30° with Shift. */
    private static final double KEY_TURN = Math.toRadians(5);
    private static final double LARGE_KEY_TURN = Math.toRadians(30);
    private static final String NOTE_STYLE = "surface-note";

    private final StackPane root = new StackPane();
    private final Pane canvas = new Pane();
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final FunctionModel function;
    private final PlaybackModel playback;
    private final ObservableValue<DrawnMap> map;
    private final LatestOnly builds;
    private final FramePump frames;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ReadOnlyObjectWrapper<SurfaceFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    /** The surface shown and its function; the chart is used on the surface thread only. */
    private SurfaceChart chart;
    private DifferentiableFunction chartFunction;
    /** The newest map whose surface is not yet asked for (while the view is inactive); null when none. */
    private DrawnMap unbuilt;
    private Trajectory path;
    private DifferentiableFunction pathFunction;
    /** Why the surface cannot be shown, in a line; null while it can. */
    private String problem;
    /** The further runs to lay on the surface at a step, such as pinned runs; none until given. */
    private IntFunction<List<SurfaceRun>> othersAt = step -> List.of();
    private ViewChange change = ViewChange.NONE;
    private boolean moving;
    private ChartLook look = ChartLook.light();

    /**
     * @param map    what the contour map shows: the surface takes its region, levels and colours
     * @param worker the surface thread, a single thread of its own
     * @param ui     the UI thread's executor ({@code Platform::runLater})
     */
    public SurfaceView(FunctionModel function, DescentModel descent, PlaybackModel playback,
            ObservableValue<DrawnMap> map, Executor worker, Executor ui) {
        this.function = function;
        this.playback = playback;
        this.map = map;
        this.builds = new LatestOnly(worker, ui);
        this.frames = new FramePump(worker, ui, this::order, this::show, failure -> fail(failure.getMessage()));
        layOut();
        map.addListener((obs, old, now) -> {
            unbuilt = now;
            build();
        });
        function.functionProperty().addListener(changed -> {
            showMessage();
            frames.request();
        });
        // A new path or step shows on the map in the next frame. The surface's drawing starts after that frame's
        // layout: started at once, it takes one of the two cores of a classroom laptop from the map's drawing.
        Executor afterNextFrame = task -> afterNextFrame(task, ui);
        descent.trajectoryProperty().addListener((obs, old, now) -> {
            path = now;
            pathFunction = descent.functionProperty().get();
            frames.requestAfter(afterNextFrame);
        });
        playback.currentProperty().addListener(changed -> frames.requestAfter(afterNextFrame));
        active.addListener((obs, was, now) -> {
            if (now) {
                build();
                frames.request();
            }
        });
        canvas.widthProperty().addListener(resized -> frames.request());
        canvas.heightProperty().addListener(resized -> frames.request());
        SurfaceGestures.install(canvas, new SurfaceGestures.Target() {
            @Override
            public void rotate(double turn, double tilt) {
                moveView(new ViewChange(turn, tilt, 1, false));
            }

            @Override
            public void zoom(double factor) {
                moveView(new ViewChange(0, 0, factor, false));
            }

            @Override
            public void moving(boolean now) {
                moving = now;
                frames.request();
            }
        });
        unbuilt = map.getValue();
        showMessage();
        build();
    }

    /** The node to place in a layout; it takes whatever size it is given. */
    public Region node() {
        return root;
    }

    /** Whether the surface is on screen; while false nothing is built or drawn, and it catches up once true. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The newest frame shown; null until the first. */
    public ReadOnlyObjectProperty<SurfaceFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Runs {@code task} through {@code ui} once the next pulse has laid out the window, or at once if not shown. */
    private void afterNextFrame(Runnable task, Executor ui) {
        Scene scene = canvas.getScene();
        if (scene == null) {
            ui.execute(task);
            return;
        }
        Runnable listener = new Runnable() {
            private boolean fired;

            @Override
            public void run() {
                if (!fired) {
                    fired = true;
                    ui.execute(() -> {
                        scene.removePostLayoutPulseListener(this);
                        task.run();
                    });
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    /** Whether the frame shown is of the newest surface and state, with nothing more on the way. */
    public boolean upToDate() {
        DrawnMap drawn = map.getValue();
        SurfaceFrame shown = frame.get();
        if (frames.busy() || unbuilt != null || drawn == null) {
            return false;
        }
        return drawn.spec() == null
                || shown != null && shown.spec().function() == drawn.function() && shown.step() == stepOnSurface();
    }

    /**
     * Lays further runs on the surface beside the live path, such as pinned runs, advancing with the playback.
     *
     * @param runsAt  the runs to show at a playback step, each up to that step or its own last one; asked on
     *                the UI thread, only for runs of the function the surface shows
     * @param changes tells when the runs change other than by the step
     */
    public void showOtherRuns(IntFunction<List<SurfaceRun>> runsAt, Observable changes) {
        othersAt = Objects.requireNonNull(runsAt, "runsAt");
        changes.addListener(changed -> frames.request());
        frames.request();
    }

    /**
     * The surface as the newest frame shows it (region, colours, view point, path and pinned runs up to the step
     * shown), drawn afresh at the frame's size; null while there is none or a message stands in its place.
     */
    public ShownFigure figure() {
        SurfaceFrame shown = frame.get();
        if (shown == null || message.isVisible()) {
            return null;
        }
        Trajectory run = shown.step() >= 0 && shown.step() == stepOnSurface() ? path : null;
        List<SurfaceRun> others = List.copyOf(othersAt.apply(playback.currentProperty().get()));
        Figure figure = (g2, width, height) -> {
            SurfaceChart surface = SurfaceChart.create(shown.spec(), SurfaceChart.STILL_CELLS);
            if (run != null) {
                surface.showPath(run, shown.step());
            }
            surface.showOtherRuns(others);
            surface.chart().setViewPoint(shown.view().toOrson());
            surface.figure(false).draw(g2, width, height);
        };
        return new ShownFigure(figure, (int) Math.round(shown.width()), (int) Math.round(shown.height()));
    }

    /** Draws the surface in {@code next} from now on, building it again at once. */
    public void setLook(ChartLook next) {
        look = next;
        unbuilt = map.getValue();
        build();
    }

    /** Returns to the home view: seen from the front left, 45° above the floor, filling the picture. */
    public void resetView() {
        moveView(ViewChange.HOME);
    }

    private void layOut() {
        image.setMouseTransparent(true);
        canvas.getChildren().add(image);
        canvas.setId("surface-view");
        canvas.setMinSize(0, 0);
        canvas.getStyleClass().add("surface-canvas");
        // As dragging right and down does: the near side swings right, the near edge tips down.
        ArrowKeys.install(canvas, (right, up, large) -> {
            double angle = large ? LARGE_KEY_TURN : KEY_TURN;
            moveView(new ViewChange(-right * angle, up * angle, 1, false));
        });
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.setAccessibleHelp("Drag or use the arrow keys to turn and tilt the surface; Shift turns it further");
        canvas.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
            ParsedFunction f = function.functionProperty().get();
            return f == null || f.variables().size() != 2 ? "3-D surface: nothing to show"
                    : "3-D surface of f(" + String.join(", ", f.variables()) + ") = " + f.text()
                    + " with the descent path lying on it";
        }, function.functionProperty()));
        message.getStyleClass().add("picture-message");
        message.setWrapText(true);
        message.setMouseTransparent(true);
        message.setVisible(false);
        Button reset = new Button("Reset 3-D view");
        reset.setId("surface-home");
        reset.setTooltip(new Tooltip("Back to the first view of the surface"));
        reset.setOnAction(event -> resetView());
        reset.getStyleClass().add("surface-home");
        reset.visibleProperty().bind(message.visibleProperty().not());
        Label hint = new Label("drag to turn \u00b7 wheel to zoom");
        hint.getStyleClass().add("surface-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(reset.visibleProperty());
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        root.getChildren().addAll(canvas, message, reset, hint);
        root.getStyleClass().add("surface-view");
        root.setMinSize(0, 0);
    }

    private void moveView(ViewChange next) {
        change = change.then(next);
        frames.request();
    }

    private boolean twoVariables() {
        ParsedFunction f = function.functionProperty().get();
        return f == null || f.variables().size() == 2;
    }

    /** Shows the surface, or in its place why there is none. */
    private void showMessage() {
        String text = twoVariables() ? problem : ONE_VARIABLE;
        message.setText(text == null ? "" : text);
        // A one-variable function is no problem: its note is grey, not red.
        message.getStyleClass().remove(NOTE_STYLE);
        if (!twoVariables()) {
            message.getStyleClass().add(NOTE_STYLE);
        }
        message.setVisible(text != null);
        image.setVisible(text == null);
    }

    private void fail(String why) {
        problem = why;
        showMessage();
    }

    /** Builds the surface of the newest map in the background, unless the view is hidden. */
    private void build() {
        DrawnMap wanted = unbuilt;
        if (wanted == null || !active.get()) {
            return;
        }
        unbuilt = null;
        if (wanted.spec() == null) {
            builds.discardPending();
            fail(DrawnMap.UNDEFINED);
            return;
        }
        ChartLook drawnLook = look;
        builds.submit(() -> SurfaceChart.create(SurfaceSpec.beside(wanted.spec(), wanted.function()),
                SurfaceChart.STILL_CELLS, drawnLook), built -> {
                    chart = built;
                    chartFunction = wanted.function();
                    problem = null;
                    showMessage();
                    frames.request();
                }, failure -> fail(failure.getMessage()));
    }

    /** The next frame, taken when it starts; null while there is nothing to draw. */
    private FrameOrder order() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        DrawnMap drawn = map.getValue();
        // While the surface of a new function is built, the old one stays as it was rather than losing its path.
        boolean replaced = drawn != null && drawn.function() != chartFunction;
        if (chart == null || replaced || problem != null || !active.get() || !twoVariables() || width < SMALLEST
                || height < SMALLEST) {
            return null;
        }
        ViewChange taken = change;
        change = ViewChange.NONE;
        int step = stepOnSurface();
        List<SurfaceRun> others = List.copyOf(othersAt.apply(playback.currentProperty().get()));
        return new FrameOrder(chart, chartFunction, step < 0 ? null : path, Math.max(0, step), others, taken,
                moving,
                width, height, Screens.outputScale(root));
    }

    /**
     * The current step of the run lying on the surface, or -1 when none does: a run arrives after its function,
     * and until then the old run is not laid on the new surface.
     */
    private int stepOnSurface() {
        if (path == null || pathFunction != chartFunction || path.dimension() != 2) {
            return -1;
        }
        return Math.min(playback.currentProperty().get(), path.size() - 1);
    }

    private void show(SurfaceFrame drawn) {
        image.setImage(drawn.image());
        image.setFitWidth(drawn.width());
        image.setFitHeight(drawn.height());
        frame.set(drawn);
    }

}
