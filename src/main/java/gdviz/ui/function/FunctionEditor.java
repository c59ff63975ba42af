package gdviz.ui.function;

import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The function box with its presets, the inline message under it, and the partial derivatives. */
public final class FunctionEditor {

    private final VBox root = new VBox(6);

    public FunctionEditor(FunctionModel model) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.setId("function-box");
        box.setPrefWidth(320);
        box.setTooltip(new Tooltip("Type a function of x and y (exp4j syntax, e.g. x^2 + x*y + y^2) or pick one"));
        for (Preset p : Presets.all()) {
            box.getItems().add(p.expression());
        }
        box.getEditor().textProperty().bindBidirectional(model.textProperty());

        Label error = new Label();
        error.setId("function-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);

        Label derivatives = new Label();
        derivatives.setId("derivatives");
        derivatives.getStyleClass().add("derivative-text");
        derivatives.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.derivatives()), model.derivatives()));

        Label title = new Label("Function f");
        title.getStyleClass().add("section-title");
        root.getChildren().addAll(title, box, error, derivatives);
        root.setPrefWidth(340);
        box.setValue(Presets.all().get(0).expression());
    }

    public Parent root() {
        return root;
    }
}
