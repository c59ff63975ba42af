package gdviz.ui.basins;

import gdviz.chart.BasinPainter;
import gdviz.chart.ChartOverlay;
import gdviz.core.DifferentiableFunction;
import gdviz.core.analysis.BasinMap;
import gdviz.core.analysis.StartGrid;
import gdviz.core.descent.Descent;
import gdviz.core.presets.KnownMinimum;
import gdviz.ui.background.ProgressJob;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.region.RegionModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import gdviz.ui.widgets.NumberText;
import gdviz.ui.widgets.Shown;

/**
 * The basin map as a toggled overlay on the contour map, for functions with several known minima: every cell of
 * a 60 × 60 grid of starts coloured by the minimum its run reaches with the current optimiser and settings.
 * Computed off the JavaFX thread with progress and Cancel, again whenever the function, the update rule, a
 * setting or the region changes while it is on.
 */
public final class BasinOverlay {

    private final FunctionModel function;
    private final DescentModel descent;
    private final RegionModel region;
    private final ProgressJob job;
    private final CheckBox toggle = new CheckBox("Basins");
    private final Label summary = new Label();
    private final HBox legend = new HBox(6);
    private final HBox root = new HBox(8);
    private final ReadOnlyObjectWrapper<BasinMap> basins = new ReadOnlyObjectWrapper<>(this, "basins");

    /** @param job where the basin map is computed */
    public BasinOverlay(FunctionModel function, DescentModel descent, RegionModel region, ProgressJob job) {
        this.function = function;
        this.descent = descent;
        this.region = region;
        this.job = job;
        BooleanBinding possible = Bindings.createBooleanBinding(this::possible, function.functionProperty());
        toggle.setId("basins-toggle");
        toggle.setTooltip(new Tooltip("Colour each start point by the minimum descent reaches from it"));
        toggle.disableProperty().bind(possible.not());
        possible.addListener((obs, was, now) -> toggle.setSelected(toggle.isSelected() && now));
        toggle.selectedProperty().addListener(changed -> recompute());
        ProgressBar bar = new ProgressBar();
        bar.setId("basins-progress");
        bar.progressProperty().bind(job.progressProperty());
        bar.setPrefWidth(90);
        Button cancel = new Button("Cancel");
        cancel.setId("basins-cancel");
        Shown.onlyWhen(job.runningProperty(), bar, cancel);
        cancel.setOnAction(event -> {
            job.cancel();
            toggle.setSelected(false);
        });
        summary.setId("basins-summary");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 0, 6, 10));
        legend.setId("basins-legend");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(toggle, bar, cancel, summary, legend);
        for (Observable input : new Observable[] {function.functionProperty(), descent.ruleProperty(),
                descent.rateProperty(), descent.maxIterationsProperty(), descent.toleranceProperty(),
                region.domainProperty()}) {
            input.addListener(changed -> recompute());
        }
    }

    public Parent root() {
        return root;
    }

    /** The basin map shown; null while the overlay is off or computing. */
    public ReadOnlyObjectProperty<BasinMap> basinsProperty() {
        return basins.getReadOnlyProperty();
    }

    /** What to paint on the map: the basins while they are shown, else nothing. */
    public ChartOverlay overlay(int step) {
        BasinMap shown = basins.get();
        return shown == null ? ChartOverlay.NONE : BasinPainter.overlay(shown);
    }

    private boolean possible() {
        DifferentiableFunction f = compiled();
        return f != null && f.dimension() == 2 && function.minima().size() > 1;
    }

    private DifferentiableFunction compiled() {
        var parsed = function.functionProperty().get();
        return parsed == null ? null : parsed.compile();
    }

    private void recompute() {
        basins.set(null);
        summary.setText("");
        legend.getChildren().clear();
        if (!toggle.isSelected() || !possible()) {
            job.cancel();
            return;
        }
        Descent runs;
        try {
            runs = new Descent(compiled(), descent.ruleProperty().get(), descent.settings());
        } catch (IllegalArgumentException e) {
            summary.setText("Cannot map the basins: " + e.getMessage());
            return;
        }
        List<KnownMinimum> minima = function.minima();
        StartGrid grid = StartGrid.square(region.domain());
        job.start((cancelled, progress) -> BasinMap.compute(runs, minima, grid, cancelled, progress), this::show,
                reason -> summary.setText("Cannot map the basins: " + reason));
    }

    /**
     * A legend entry: a swatch of the basin's colour, saying in its tooltip and accessible text what it stands
     * for; compact, so the pin legend beside it keeps its room. Left out when no cell has it (but minima).
     */
    private static Label entry(int label, String meaning, int cells) {
        java.awt.Color colour = BasinPainter.colourOf(label);
        Label entry = new Label(null, new Rectangle(12, 12, Color.rgb(colour.getRed(), colour.getGreen(),
                colour.getBlue())));
        entry.getStyleClass().add("basin-entry");
        String text = meaning + ": " + cells + " start points";
        entry.setTooltip(new Tooltip(text));
        entry.setAccessibleText(text);
        boolean shown = label >= 0 || cells > 0;
        entry.setVisible(shown);
        entry.setManaged(shown);
        return entry;
    }

    private void show(BasinMap map) {
        basins.set(map);
        int reached = 0;
        for (int k = 0; k < map.minima().size(); k++) {
            reached += map.count(k) > 0 ? 1 : 0;
        }
        summary.setText(reached + " of " + map.minima().size() + " minima reached:");
        for (int k = 0; k < map.minima().size(); k++) {
            List<Double> at = map.minima().get(k).point();
            legend.getChildren().add(entry(k, "the minimum at (" + NumberText.brief(at.get(0)) + ", "
                    + NumberText.brief(at.get(1)) + ")", map.count(k)));
        }
        legend.getChildren().add(entry(BasinMap.NO_MINIMUM, "no known minimum", map.count(BasinMap.NO_MINIMUM)));
        legend.getChildren().add(entry(BasinMap.DIVERGED, "diverged or left the domain", map.count(BasinMap.DIVERGED)));
        summary.setTooltip(new Tooltip("From " + map.grid().columns() + " \u00d7 " + map.grid().rows()
                + " start points across the region, one run each"));
    }
}
