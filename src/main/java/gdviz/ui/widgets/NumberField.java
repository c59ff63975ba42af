package gdviz.ui.widgets;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import javafx.beans.property.Property;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A text field for one number, tied to a model property: every valid text is applied at once (so typing
 * {@code 0.35} re-runs the descent while typing), an invalid text is marked and explained in the tooltip, and
 * leaving the field (or Escape) with an invalid text puts the model's value back.
 */
public final class NumberField {

    static final String INVALID = "invalid";

    private final TextField field = new TextField();
    private final Property<Number> target;
    private final DoublePredicate accepts;
    private final Tooltip help;
    private final String rule;
    private boolean writing;

    /**
     * @param target  the model value shown and set; an IntegerProperty receives whole numbers
     * @param accepts which values the model takes; an integer target must accept only whole numbers
     * @param rule    what the field takes, in words completing "Type ...", e.g. "a number above 0"
     */
    public NumberField(Property<Number> target, DoublePredicate accepts, String rule) {
        this.target = Objects.requireNonNull(target, "target");
        this.accepts = Objects.requireNonNull(accepts, "accepts");
        this.rule = rule;
        this.help = new Tooltip("Type " + rule);
        field.setTooltip(help);
        field.getStyleClass().add("number-field");
        showModelValue();
        target.addListener((obs, old, now) -> {
            if (!writing) {
                showModelValue();
            }
        });
        field.textProperty().addListener((obs, old, now) -> applyText(now));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                showModelValue();
            }
        });
        field.setOnAction(event -> showModelValue());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                showModelValue();
            }
        });
    }

    /** The field to place in a layout. */
    public TextField node() {
        return field;
    }

    /** Whether the text is a value the model accepts. */
    public boolean isValid() {
        return !field.getStyleClass().contains(INVALID);
    }

    private void applyText(String text) {
        if (writing) {
            return;
        }
        OptionalDouble parsed = NumberText.parse(text);
        boolean valid = parsed.isPresent() && accepts.test(parsed.getAsDouble());
        field.getStyleClass().remove(INVALID);
        if (!valid) {
            field.getStyleClass().add(INVALID);
            help.setText("\u201c" + text.strip() + "\u201d is not usable here: type " + rule);
            return;
        }
        help.setText("Type " + rule);
        double value = parsed.getAsDouble();
        if (value != target.getValue().doubleValue()) {
            writing = true;
            try {
                target.setValue(value);
            } finally {
                writing = false;
            }
        }
    }

    /** Shows the model's value, which is valid by definition even where a sibling bound has yet to follow. */
    private void showModelValue() {
        String text = NumberText.exact(target.getValue().doubleValue());
        writing = true;
        try {
            field.setText(text);
        } finally {
            writing = false;
        }
        field.getStyleClass().remove(INVALID);
        help.setText("Type " + rule);
    }
}
