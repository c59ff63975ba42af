package gdviz.ui.optimizer;

import gdviz.core.descent.Hyperparameter;
import gdviz.core.descent.Optimizer;
import gdviz.ui.widgets.NumberField;
import gdviz.ui.widgets.Shown;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The optimiser list and, below it, a field for each hyperparameter of the chosen optimiser. Each optimiser
 * has its own fields, because the same hyperparameter may have different limits (Nesterov refuses momentum 0).
 */
public final class OptimizerControls {

    /** Wide enough for β1, so the fields line up whichever optimiser is chosen. */
    private static final double NAME_WIDTH = 24;

    private final VBox root = new VBox(8);

    /** @param model the optimiser and hyperparameters the controls set */
    public OptimizerControls(OptimizerModel model) {
        root.getStyleClass().add("optimizer-controls");
        Label title = new Label("Optimiser");
        title.getStyleClass().add("section-title");
        ComboBox<Optimizer> choice = new ComboBox<>(FXCollections.observableArrayList(Optimizer.values()));
        choice.setId("optimizer-box");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setTooltip(new Tooltip("How each step is computed from the gradient: plain gradient descent, "
                + "momentum, Nesterov, AdaGrad, RMSProp or Adam"));
        choice.setAccessibleText("Optimiser");
        choice.valueProperty().bindBidirectional(model.optimizerProperty());
        root.getChildren().addAll(title, choice);
        for (Optimizer optimizer : Optimizer.values()) {
            if (!optimizer.hyperparameters().isEmpty()) {
                root.getChildren().add(fields(model, optimizer));
            }
        }
    }

    public Parent root() {
        return root;
    }

    /** The fields of one optimiser, shown while it is chosen. */
    private static GridPane fields(OptimizerModel model, Optimizer optimizer) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        for (Hyperparameter h : optimizer.hyperparameters()) {
            Label name = new Label(h.symbol());
            name.getStyleClass().add("control-name");
            name.setTooltip(new Tooltip(h.key() + ": " + h.meaning()));
            name.setMinWidth(NAME_WIDTH);
            GridPane.setHalignment(name, HPos.RIGHT);
            NumberField field = new NumberField(model.valueProperty(h),
                    value -> OptimizerModel.accepts(optimizer, h, value), OptimizerModel.rule(optimizer, h));
            field.node().setId(optimizer.key() + "-" + h.key() + "-field");
            field.node().setPrefColumnCount(7);
            field.node().setAccessibleText(h.key() + ": " + h.meaning());
            grid.addRow(row++, name, field.node());
        }
        Shown.onlyWhen(Bindings.equal(optimizer, model.optimizerProperty()), grid);
        return grid;
    }
}
