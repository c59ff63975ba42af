package gdviz.ui.function;

import gdviz.ui.widgets.Shown;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The function box with its presets (listed by name), the inline message under it, the partial derivatives,
 * and the preset's note for the teacher.
 */
public final class FunctionEditor {

    private final VBox root = new VBox(6);

    /**
     * @param model    the function typed
     * @param onPreset called when a preset is picked from the list, to show it with its region, start and rate
     */
    public FunctionEditor(FunctionModel model, Consumer<Preset> onPreset) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.setId("function-box");
        box.setAccessibleText("Function f");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setTooltip(new Tooltip("Type a function of one or two variables, such as x^2 + x*y + y^2,"
                + " or choose one from the list"));
        for (Preset p : Presets.all()) {
            box.getItems().add(p.expression());
        }
        // A click on a listed preset applies it even when it is the value already: picking the same preset again
        // brings back its region, start and rate after they were changed.
        box.setCellFactory(list -> new PresetCell(onPreset));
        box.getEditor().textProperty().bindBidirectional(model.textProperty());
        box.valueProperty().addListener((obs, old, now) -> preset(now).ifPresent(onPreset));

        Label error = new Label();
        error.setId("function-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        Shown.onlyWhen(model.errorProperty().isNotEmpty(), error);
        error.setWrapText(true);

        Label derivatives = new Label();
        derivatives.setId("derivatives");
        derivatives.getStyleClass().add("derivative-text");
        derivatives.setWrapText(true);
        derivatives.textProperty().bind(model.derivativesProperty());

        Label note = new Label();
        note.setId("preset-note");
        note.getStyleClass().add("note-text");
        note.setWrapText(true);
        model.presetProperty().addListener((obs, old, now) -> note.setText(now == null ? "" : now.note()));
        Shown.onlyWhen(note.textProperty().isNotEmpty(), note);

        Label title = new Label("Function f");
        title.getStyleClass().add("section-title");
        root.getChildren().addAll(title, box, error, derivatives, note);
    }

    public Parent root() {
        return root;
    }

    private static Optional<Preset> preset(String expression) {
        return expression == null ? Optional.empty() : Presets.byExpression(expression.strip());
    }

    /** A list entry: the preset's name, then its formula in the function box's font. */
    private static final class PresetCell extends ListCell<String> {
        private final Label name = new Label();
        private final Label formula = new Label();
        private final HBox row = new HBox(12, name, formula);

        PresetCell(Consumer<Preset> onPreset) {
            setOnMouseReleased(event -> {
                if (!isEmpty()) {
                    preset(getItem()).ifPresent(onPreset);
                }
            });
            name.getStyleClass().add("preset-name");
            formula.getStyleClass().add("preset-formula");
            HBox.setHgrow(formula, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(String expression, boolean empty) {
            super.updateItem(expression, empty);
            setText(null);
            if (empty || expression == null) {
                setGraphic(null);
                return;
            }
            name.setText(preset(expression).map(Preset::name).orElse(""));
            formula.setText(expression);
            setGraphic(row);
        }
    }
}
