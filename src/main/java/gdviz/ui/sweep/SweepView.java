package gdviz.ui.sweep;

import gdviz.chart.ChartLook;
import gdviz.chart.SweepChart;
import gdviz.core.DifferentiableFunction;
import gdviz.core.analysis.LearningRateSweep;
import gdviz.core.analysis.RateMarks;
import gdviz.core.analysis.SweepResult;
import gdviz.core.analysis.SweepSettings;
import gdviz.ui.background.ProgressJob;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.widgets.NumberText;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Supplier;
import org.jfree.chart.fx.ChartViewer;

/**
 * The learning-rate sweep of the shown descent: 60 runs with the current optimiser, start and stopping rule at
 * rates from a hundredth to a hundred times the stability limit (or 1e-4 to 10 without one), computed off the
 * JavaFX thread with a progress bar and a Cancel button, then charted.
 */
public final class SweepView {

    private final DescentModel descent;
    private final ObservableValue<RateMarks> marks;
    private final ProgressJob job;
    private final BorderPane root = new BorderPane();
    private final ChartViewer chart = new ChartViewer(null);
    private final Label status = new Label();
    private Stage stage;
    private ChartLook look = ChartLook.light();
    private SweepResult shownResult;

    /**
     * @param descent whose function, rule, start and stopping rule the sweep runs
     * @param marks   the shown rate marks, whose limit the rates are centred on
     * @param job     where the sweep is computed
     */
    public SweepView(DescentModel descent, ObservableValue<RateMarks> marks, ProgressJob job) {
        this.descent = descent;
        this.marks = marks;
        this.job = job;
        Button run = new Button("Run sweep");
        run.setId("sweep-run");
        run.setOnAction(event -> start());
        run.setTooltip(new Tooltip("Run the sweep again with the current settings"));
        run.disableProperty().bind(job.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(job.runningProperty().not());
        cancel.setTooltip(new Tooltip("Stop the sweep that is running"));
        cancel.setOnAction(event -> {
            job.cancel();
            status.setText("Cancelled");
        });
        status.setId("sweep-status");
        HBox bar1 = new HBox(10, run, bar, cancel);
        bar1.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(bar1, new Insets(8));
        BorderPane.setMargin(status, new Insets(0, 8, 8, 8));
        chart.setId("sweep-chart");
        root.setTop(bar1);
        root.setCenter(chart);
        root.setBottom(status);
        root.setPrefSize(760, 560);
    }

    public Parent root() {
        return root;
    }

    /**
     * A button that opens the sweep in a window of its own and starts it.
     *
     * @param owner the main window, which the sweep window stays in front of; null until it is shown
     */
    public Button opener(Supplier<Window> owner) {
        Button open = new Button("Sweep learning rates\u2026");
        open.setId("sweep-open");
        open.setTooltip(new Tooltip("Run the descent at 60 rates and chart how fast each converges"));
        open.setOnAction(event -> {
            if (stage == null) {
                stage = new Stage();
                stage.setTitle("gdviz \u2013 learning-rate sweep");
                stage.initOwner(owner.get());
                Scene scene = new Scene(root);
                Bindings.bindContent(scene.getStylesheets(), open.getScene().getStylesheets());
                stage.setScene(scene);
            }
            stage.show();
            stage.toFront();
            start();
        });
        return open;
    }

    /** Charts sweeps in {@code next} from now on, the one shown at once. */
    public void setLook(ChartLook next) {
        look = next;
        if (shownResult != null) {
            chart.setChart(SweepChart.create(shownResult, look));
        }
    }

    /** Starts a sweep of the shown descent, replacing one that is running. */
    public void start() {
        DifferentiableFunction f = descent.functionProperty().get();
        if (f == null) {
            status.setText("Type a function first");
            return;
        }
        RateMarks shown = marks.getValue();
        SweepSettings rates = shown == null ? SweepSettings.defaults()
                : SweepSettings.around(shown.analysis().maxStableRate());
        LearningRateSweep sweep;
        try {
            sweep = new LearningRateSweep(f, descent.ruleProperty().get(), descent.start(),
                    new SweepSettings(rates.lowestRate(), rates.highestRate(), rates.rateCount(),
                            descent.maxIterationsProperty().get(), descent.toleranceProperty().get()));
        } catch (IllegalArgumentException e) {
            status.setText("Cannot sweep: " + e.getMessage());
            return;
        }
        status.setText("Running " + rates.rateCount() + " rates from " + NumberText.brief(rates.lowestRate())
                + " to " + NumberText.brief(rates.highestRate()) + "\u2026");
        job.start(sweep::run, this::show, reason -> status.setText("Cannot sweep: " + reason));
    }

    private void show(SweepResult result) {
        shownResult = result;
        chart.setChart(SweepChart.create(result, look));
        status.setText(result.fastest()
                .map(p -> "Fastest: \u03b1 = " + NumberText.brief(p.rate()) + " converged in " + p.iterations()
                        + " iterations")
                .orElse("No rate converged within the iteration limit"));
    }
}
