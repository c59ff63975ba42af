package gdviz.ui.runs;

import gdviz.ui.descent.DescentModel;
import gdviz.ui.optimizer.OptimizerModel;
import gdviz.ui.widgets.FxColours;
import gdviz.ui.widgets.NumberText;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Pins the live run and lists the pins as a legend: each entry's check box shows or hides its path, its × removes
 * it; Clear removes them all.
 */
public final class PinBar {

    private final HBox root = new HBox(10);
    private final FlowPane legend = new FlowPane(12, 4);
    private final PinnedRuns pins;

    /**
     * @param pins      the pinned runs
     * @param descent   whose newest run is pinned
     * @param optimizer names the run's optimiser in the legend
     */
    public PinBar(PinnedRuns pins, DescentModel descent, OptimizerModel optimizer) {
        this.pins = pins;
        Button pin = new Button("Pin run");
        pin.setId("pin-button");
        pin.setTooltip(new Tooltip("Keep this run on the map in its own colour while you change the settings"));
        pin.setOnAction(event -> pins.pinShown(descent, optimizer));
        pin.disableProperty().bind(Bindings.createBooleanBinding(
                () -> descent.trajectoryProperty().get() == null || !pins.hasRoom(),
                descent.trajectoryProperty(), pins.pins()));
        Button clear = new Button("Clear pins");
        clear.setId("clear-pins");
        clear.setOnAction(event -> pins.clear());
        clear.setTooltip(new Tooltip("Remove every pinned run from the map and the loss chart"));
        clear.disableProperty().bind(Bindings.isEmpty(pins.pins()));
        HBox.setHgrow(legend, Priority.ALWAYS);
        legend.setId("pin-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("pin-bar");
        root.setPadding(new Insets(4, 10, 6, 10));
        // The buttons keep their words whole; the legend between them gives way (it wraps its entries).
        pin.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(pin, legend, clear);
        pins.pins().addListener((ListChangeListener<PinnedRun>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showLegend();
                    return;
                }
            }
        });
    }

    public Parent root() {
        return root;
    }

    private void showLegend() {
        legend.getChildren().clear();
        for (PinnedRun pinned : pins.pins()) {
            Rectangle swatch = new Rectangle(18, 4, FxColours.of(pinned.colour()));
            CheckBox entry = new CheckBox(pinned.name());
            entry.setGraphic(swatch);
            entry.getStyleClass().add("pin-entry");
            entry.selectedProperty().bindBidirectional(pinned.visibleProperty());
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("pin-remove");
            remove.setTooltip(new Tooltip("Remove this pin"));
            remove.setOnAction(event -> pins.remove(pinned));
            HBox item = new HBox(2, entry, remove);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
    }
}
