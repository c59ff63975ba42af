package gdviz.ui.region;

import javafx.scene.Node;
import gdviz.ui.widgets.Shown;
import gdviz.ui.widgets.NumberField;
import java.util.function.DoublePredicate;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The shown region as four editable bounds, the log-colour switch and a button back to the function's own
 * view. The y row and the colour switch are hidden for a one-variable function, whose curve has no y range.
 */
public final class RegionFields {

    private final GridPane root = new GridPane();

    /**
     * @param model      the region
     * @param twoVariables whether the function shown has two variables
     */
    public RegionFields(RegionModel model, BooleanExpression twoVariables) {
        root.getStyleClass().add("region-fields");
        root.setHgap(8);
        root.setVgap(8);
        Label title = new Label("Region");
        title.getStyleClass().add("section-title");
        root.add(title, 0, 0, 5, 1);
        addRange(1, "x", model.xMinProperty(), model.xMaxProperty());
        addRange(2, "y", model.yMinProperty(), model.yMaxProperty());
        Shown.onlyWhen(twoVariables, root.getChildren().stream().filter(node -> GridPane.getRowIndex(node) == 2)
                .toArray(Node[]::new));

        CheckBox log = new CheckBox("log colours");
        log.setId("log-colours");
        log.setTooltip(new Tooltip("Space the colours by the logarithm of the height above the minimum:"
                + " shows the valley floor of functions such as Rosenbrock"));
        log.selectedProperty().bindBidirectional(model.logColoursProperty());
        Shown.onlyWhen(twoVariables, log);
        Button home = new Button("Reset view");
        home.setId("reset-view");
        home.setTooltip(new Tooltip("Back to the function's own region (the map zooms with the mouse wheel"
                + " and pans with Shift-drag)"));
        home.setOnAction(event -> model.goHome());
        HBox extras = new HBox(16, log, home);
        extras.getStyleClass().add("inline-pair");
        root.add(extras, 0, 3, 5, 1);
    }

    public Parent root() {
        return root;
    }

    private void addRange(int row, String axis, DoubleProperty min, DoubleProperty max) {
        NumberField from = bound(min, v -> v < max.get(), "a number below the upper " + axis + " bound");
        NumberField to = bound(max, v -> v > min.get(), "a number above the lower " + axis + " bound");
        from.node().setId(axis + "-min-field");
        to.node().setId(axis + "-max-field");
        from.node().setAccessibleText("Region: lowest " + axis);
        to.node().setAccessibleText("Region: highest " + axis);
        Label name = new Label(axis);
        name.getStyleClass().add("control-name");
        root.addRow(row, name, new Label("from"), from.node(), new Label("to"), to.node());
    }

    private static NumberField bound(DoubleProperty value, DoublePredicate accepts, String rule) {
        NumberField field = new NumberField(value, accepts, rule);
        field.node().setPrefColumnCount(6);
        return field;
    }
}
