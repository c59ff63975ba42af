package gdviz.ui;

import gdviz.chart.ChartLook;
import gdviz.chart.MapGeometry;
import gdviz.chart.MapSpec;
import gdviz.core.analysis.BasinMap;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.presets.Presets;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.basins.BasinOverlay;
import gdviz.ui.background.ProgressJob;
import gdviz.ui.background.Workers;
import gdviz.ui.curve.CurveView;
import gdviz.ui.descent.DescentControls;
import gdviz.ui.descent.StatusLine;
import gdviz.ui.explain.ExplanationView;
import gdviz.ui.export.FigureExport;
import gdviz.ui.export.FileChooserLocation;
import gdviz.ui.export.OpenLocation;
import gdviz.ui.export.Picture;
import gdviz.ui.export.SavePictureMenu;
import gdviz.ui.export.SaveLocation;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.export.StepCsvExport;
import gdviz.ui.function.FunctionEditor;
import gdviz.ui.layout.LayoutChoice;
import gdviz.ui.layout.PictureArea;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.lessons.LessonFiles;
import gdviz.ui.lessons.LessonPanel;
import gdviz.ui.lessons.LessonState;
import gdviz.ui.look.Look;
import gdviz.ui.map.DrawnMap;
import gdviz.ui.map.MapView;
import gdviz.ui.optimizer.OptimizerControls;
import gdviz.ui.playback.PlaybackBar;
import gdviz.ui.playback.PlaybackKeys;
import gdviz.ui.playback.PlaybackTimer;
import gdviz.ui.quiz.QuizBar;
import gdviz.ui.quiz.QuizModel;
import gdviz.ui.rates.RateMarksView;
import gdviz.ui.region.RegionFields;
import gdviz.ui.surface.SurfaceFrame;
import gdviz.ui.surface.SurfaceView;
import gdviz.ui.runs.LossChartView;
import gdviz.ui.runs.PinBar;
import gdviz.ui.runs.PinnedPaths;
import gdviz.ui.sweep.SweepView;
import gdviz.ui.table.StepTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's content: the controls on the left (function, region, learning rate, start, stopping rule); the
 * contour map (or the curve of a one-variable function) and the 3-D surface, side by side or as tabs, with the
 * playback bar on the right above the step table; the status line along the bottom; the menu bar on top. All
 * views are bound to one {@link Workbench} here and nowhere else.
 */
public final class MainView {

    /** The controls keep their labels whole down to the smallest window. */
    private static final double CONTROLS_MIN_WIDTH = 330;

    private final Workbench workbench;
    private final BorderPane root = new BorderPane();
    private final SplitPane sides = new SplitPane();
    private final SplitPane pictureAndTable = new SplitPane();
    private final MapView map;
    private final CurveView curve;
    private final SurfaceView surface;
    private final LayoutChoice layout;
    private final StepCsvExport csvExport;
    private final LessonState lessonState;
    private final LessonFiles lessonFiles;
    private final FigureExport figureExport;
    private LossChartView loss;
    private StepTable steps;
    private PictureArea pictureArea;
    private BasinOverlay basins;
    private final Look look;
    private final List<Consumer<ChartLook>> chartsFollowingLook = new ArrayList<>();

    /**
     * The window with the platform's save dialog and problems shown in dialogs, its layout remembered in the
     * user's preferences; opens on the first preset.
     */
    public MainView() {
        this(null, null, Preferences.userNodeForPackage(MainView.class).node("pictures"));
    }

    /**
     * @param saveLocation asks where to save exports; null for the platform's save dialog
     * @param problems     shows a one-line problem to the user; null for a dialog
     * @param memory       where the chosen layout of the map and the surface is remembered
     */
    public MainView(SaveLocation saveLocation, Consumer<String> problems, Preferences memory) {
        this(saveLocation, null, problems, memory);
    }

    /**
     * @param saveLocation asks where to save exports and lessons; null for the platform's save dialog
     * @param openLocation asks which lesson to open; null for the platform's open dialog
     * @param problems     shows a one-line problem to the user; null for a dialog
     * @param memory       where the chosen layout of the map and the surface is remembered
     */
    public MainView(SaveLocation saveLocation, OpenLocation openLocation, Consumer<String> problems,
            Preferences memory) {
        Executor fx = Platform::runLater;
        ExecutorService pictures = Workers.single("gdviz-pictures");
        workbench = new Workbench(new LatestOnly(Workers.single("gdviz-descent"), fx));
        map = new MapView(workbench.function(), workbench.region(), workbench.descent(), workbench.playback(),
                new LatestOnly(pictures, fx), fx);
        curve = new CurveView(workbench.function(), workbench.region(), workbench.descent(), workbench.playback(),
                new LatestOnly(pictures, fx), fx);
        surface = new SurfaceView(workbench.function(), workbench.descent(), workbench.playback(),
                map.drawnProperty(), Workers.single("gdviz-surface"), fx);
        layout = new LayoutChoice(memory);
        look = new Look(memory);
        SaveLocation location = saveLocation != null ? saveLocation : new FileChooserLocation(this::window);
        Consumer<String> told = problems != null ? problems : new ProblemDialog(this::window);
        csvExport = new StepCsvExport(() -> workbench.descent().trajectoryProperty().get(), location, told);
        figureExport = new FigureExport(location, told);
        new PlaybackTimer(workbench.playback());
        lessonState = new LessonState(workbench.function(), workbench.region(), workbench.descent(),
                workbench.optimizer(), workbench.pins(), layout.layoutProperty());
        FileChooserLocation lessonChooser = new FileChooserLocation(this::window);
        lessonFiles = new LessonFiles(lessonState, saveLocation != null ? saveLocation : lessonChooser,
                openLocation != null ? openLocation : lessonChooser,
                problems != null ? problems : new ProblemDialog(this::window));
        layOut();
        followLook();
        workbench.choose(Presets.all().get(0));
    }

    private void layOut() {
        BooleanBinding twoVariables = Bindings.createBooleanBinding(() -> variables() == 2,
                workbench.function().functionProperty());
        DescentControls descentControls = new DescentControls(workbench.descent(),
                workbench.function().functionProperty(), workbench.region(), twoVariables);
        RateMarksView rateMarks = new RateMarksView(descentControls.rateSlider(),
                workbench.rateMarks().marksProperty(), workbench.descent().ruleProperty());
        descentControls.overlayRateSlider(rateMarks.overlay());
        descentControls.addUnderRate(rateMarks.words());
        SweepView sweep = new SweepView(workbench.descent(), workbench.rateMarks().marksProperty(),
                new ProgressJob(Workers.single("gdviz-sweep"), Platform::runLater));
        chartsFollowingLook.add(sweep::setLook);
        descentControls.addUnderRate(sweep.opener(this::window));
        VBox controls = new VBox(14,
                new FunctionEditor(workbench.function(), workbench::choose).root(),
                new Separator(),
                descentControls.root(),
                new Separator(),
                new OptimizerControls(workbench.optimizer()).root(),
                new Separator(),
                new RegionFields(workbench.region(), twoVariables).root());
        controls.getChildren().add(0, new LessonPanel(lessonState).root());
        controls.getStyleClass().add("controls");
        ScrollPane controlScroll = new ScrollPane(controls);
        controlScroll.setFitToWidth(true);
        controlScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlScroll.getStyleClass().add("controls-scroll");
        controlScroll.setMinWidth(CONTROLS_MIN_WIDTH);

        map.picture().node().visibleProperty().bind(twoVariables);
        curve.picture().node().visibleProperty().bind(twoVariables.not());
        StackPane plane = new StackPane(map.picture().node(), curve.picture().node());
        plane.getStyleClass().add("pictures");
        pictureArea = new PictureArea(plane, surface.node(), twoVariables, layout.layoutProperty());
        surface.activeProperty().bind(pictureArea.surfaceShowing());
        VBox.setVgrow(pictureArea.root(), Priority.ALWAYS);
        VBox pictureBox = new VBox(pictureArea.root(), new PlaybackBar(workbench.playback()).root());
        pictureBox.setMinHeight(200);
        basins = new BasinOverlay(workbench.function(), workbench.descent(), workbench.region(),
                new ProgressJob(Workers.single("gdviz-basins"), Platform::runLater));
        map.paintBeneath(basins::overlay, basins.basinsProperty());
        Parent pinBar = new PinBar(workbench.pins(), workbench.descent(), workbench.optimizer()).root();
        HBox.setHgrow(pinBar, Priority.ALWAYS);
        QuizModel quiz = workbench.quiz();
        QuizBar quizBar = new QuizBar(quiz);
        pictureBox.getChildren().add(new HBox(basins.root(), quizBar.toggle(), pinBar));
        PinnedPaths pinnedPaths = new PinnedPaths(workbench.pins(), workbench.playback());
        chartsFollowingLook.add(pinnedPaths::setLook);
        map.paintBeneath(pinnedPaths::at, workbench.pins().pins());
        surface.showOtherRuns(pinnedPaths::onSurface, workbench.pins().pins());
        pictureBox.getChildren().add(quizBar.root());
        map.paintAbove(quiz::overlay, quiz.answerProperty());
        map.divertPresses(quiz::guess);
        map.hideNextStepWhile(quiz.activeProperty());
        curve.hideNextStepWhile(quiz.activeProperty());
        curve.paintAbove(quiz::overlay, quiz.answerProperty());
        curve.divertPresses(quiz::guess);

        steps = new StepTable(workbench.descent().trajectoryProperty(), workbench.playback());
        chartsFollowingLook.add(chosen -> steps.setTextScale(look.textScale()));
        Parent table = new ExplanationView(workbench.descent().trajectoryProperty(), workbench.playback(),
                workbench.quiz().activeProperty()).besideTable(steps.root());
        pictureAndTable.setOrientation(Orientation.VERTICAL);
        loss = new LossChartView(workbench.function(), workbench.descent(), workbench.pins(), workbench.playback(),
                new LatestOnly(Workers.single("gdviz-loss-chart"), Platform::runLater));
        chartsFollowingLook.add(loss::setLook);
        SplitPane tableAndLoss = new SplitPane(table, loss.root());
        installSaveMenus();
        tableAndLoss.setDividerPositions(0.62);
        pictureAndTable.getItems().addAll(pictureBox, tableAndLoss);
        pictureAndTable.setDividerPositions(0.72);

        sides.getItems().addAll(controlScroll, pictureAndTable);
        sides.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(controlScroll, false);

        root.setTop(new MainMenu(this).bar());
        root.setCenter(sides);
        root.setBottom(new StatusLine(workbench.descent()).root());
        root.getStyleClass().add("main-view");
    }

    /** The content to put in a scene; call {@link #install(Scene)} once it is in one. */
    public Parent root() {
        return root;
    }

    /**
     * Adds the window-wide keys (Space, →, ←, R) and the style sheets (the base one, the theme's and presentation
     * mode's) to the scene holding {@link #root()}.
     */
    public void install(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        look.install(scene);
        PlaybackKeys.install(scene, workbench.playback());
    }

    /** The application's style sheet. */
    public static String stylesheet() {
        return MainView.class.getResource("gdviz.css").toExternalForm();
    }

    /** The theme and presentation mode, remembered like the layout. */
    public Look look() {
        return look;
    }

    /** Draws every chart in the chosen theme and size, now and whenever the choice changes. */
    private void followLook() {
        chartsFollowingLook.addAll(List.of(map::setLook, curve::setLook, surface::setLook));
        Runnable apply = () -> chartsFollowingLook.forEach(chart -> chart.accept(look.chartLook().getValue()));
        look.chartLook().addListener(changed -> apply.run());
        apply.run();
    }

    /** The state behind the window. */
    public Workbench workbench() {
        return workbench;
    }

    /**
     * The split panes whose dividers the app remembers: controls | pictures, pictures / table, map | surface
     * (which has no divider while the surface is not beside the map).
     */
    public List<SplitPane> splitPanes() {
        return List.of(sides, pictureAndTable, pictureArea.split());
    }

    /** How the map and the surface share the space; the choice is remembered. */
    public ObjectProperty<PictureLayout> pictureLayoutProperty() {
        return layout.layoutProperty();
    }

    /** The newest picture of the 3-D surface; null until one is drawn. */
    public SurfaceFrame surfaceFrame() {
        return surface.frameProperty().get();
    }

    /** Returns the 3-D surface to its home view. */
    public void resetSurfaceView() {
        surface.resetView();
    }

    /** Where the contour map put its data area; null until a map of a two-variable function is drawn. */
    public MapGeometry mapGeometry() {
        return map.picture().geometryProperty().get();
    }

    /** What the contour map was last drawn from; null until a map is drawn or when it has nothing to show. */
    public MapSpec mapSpec() {
        DrawnMap drawn = map.drawnProperty().get();
        return drawn == null ? null : drawn.spec();
    }

    /** Where the curve view put its plot area; null until a curve is drawn. */
    public MapGeometry curveGeometry() {
        return curve.picture().geometryProperty().get();
    }

    /** Whether the map and the curve show the current function and region, with no newer picture on the way. */
    public boolean picturesUpToDate() {
        return !map.picture().drawingProperty().get() && !curve.picture().drawingProperty().get()
                && loss.upToDate();
    }

    /** Whether the surface shows the map's function and region and the current step, with nothing on the way. */
    public boolean surfaceUpToDate() {
        return surface.upToDate();
    }

    /** The basin map on the contour map; null while the overlay is off or computing. */
    public BasinMap basins() {
        return basins.basinsProperty().get();
    }

    /** Asks where to save the step table and saves it there as CSV. */
    public void exportSteps() {
        csvExport.ask();
    }

    /**
     * Saves the step table as CSV to {@code target}, as File › Export does after the save dialog.
     *
     * @return whether the file was written; a failure has been shown to the user
     */
    public boolean exportStepsTo(Path target) {
        return csvExport.saveTo(target);
    }

    /** The open lesson's title and description, and the window's state as a lesson. */
    public LessonState lessonState() {
        return lessonState;
    }

    /**
     * Opens a lesson file, as File › Open lesson does after the open dialog.
     *
     * @return whether it is shown; otherwise the problem has been shown and the window is unchanged
     */
    public boolean openLesson(Path file) {
        return lessonFiles.open(file);
    }

    /**
     * Saves the window's state as a lesson to {@code target}, as File › Save lesson does after the save dialog.
     *
     * @return whether the file was written; otherwise the problem has been shown
     */
    public boolean saveLessonTo(Path target) {
        return lessonFiles.saveTo(target);
    }

    LessonFiles lessonFiles() {
        return lessonFiles;
    }

    /** Copies the step table to the clipboard as tab-separated text, as Ctrl+C in the table does. */
    public void copySteps() {
        steps.copy();
    }

    /** Right-click "Save picture as…" on the map, the curve, the surface and the loss chart. */
    private void installSaveMenus() {
        SavePictureMenu.install(map.picture().node(), () -> exportFigure(Picture.CONTOUR_MAP));
        SavePictureMenu.install(curve.picture().node(), () -> exportFigure(Picture.CURVE));
        SavePictureMenu.install(surface.node(), () -> exportFigure(Picture.SURFACE));
        loss.setMenu(SavePictureMenu.item(() -> exportFigure(Picture.LOSS_CHART)));
    }

    /** What {@code picture} shows now as a figure to save; null while it shows nothing. */
    public ShownFigure shownFigure(Picture picture) {
        return switch (picture) {
            case CONTOUR_MAP -> variables() == 2 ? map.picture().figure() : null;
            case CURVE -> variables() == 1 ? curve.picture().figure() : null;
            case SURFACE -> variables() == 2 && pictureArea.surfaceShowing().get() ? surface.figure() : null;
            case LOSS_CHART -> loss.figure();
        };
    }

    /** Asks where to save {@code picture} as a PNG or SVG figure and saves it there. */
    public void exportFigure(Picture picture) {
        figureExport.ask(picture, shownFigure(picture));
    }

    /**
     * Saves {@code picture} to {@code target} as File › Export figure does after the save dialog: PNG or SVG by
     * the file name.
     *
     * @return whether the file was written; a failure has been shown to the user
     */
    public boolean exportFigureTo(Picture picture, Path target) {
        return figureExport.saveTo(target, picture, shownFigure(picture));
    }

    private int variables() {
        ParsedFunction f = workbench.function().functionProperty().get();
        return f == null ? 2 : f.variables().size();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
