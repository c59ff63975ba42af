package gdviz.ui.function;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.expr.ReadableDerivatives;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The typed function and what follows from it: the parsed function, its readable partial derivatives, or the
 * message that says what is wrong. A bad text keeps the last good function, so the views keep their picture.
 */
public final class FunctionModel {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<ParsedFunction> function = new ReadOnlyObjectWrapper<>(this, "function");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> derivatives = FXCollections.observableArrayList();

    public FunctionModel() {
        text.addListener((obs, old, now) -> parse(now));
    }

    private void parse(String now) {
        try {
            ParsedFunction parsed = FunctionParser.parse(now);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < parsed.variables().size(); i++) {
                lines.add("\u2202f/\u2202" + parsed.variables().get(i) + " = "
                        + ReadableDerivatives.partial(parsed.root(), i));
            }
            error.set("");
            derivatives.setAll(lines);
            function.set(parsed);
        } catch (ExpressionException e) {
            error.set(e.getMessage());
        }
    }

    /** The text as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The last function that parsed; null until one does. */
    public ReadOnlyObjectProperty<ParsedFunction> functionProperty() {
        return function.getReadOnlyProperty();
    }

    /** What is wrong with the current text, or empty when it parses. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line per variable, "∂f/∂x = 2*x + y", for the last good function. */
    public ObservableList<String> derivatives() {
        return FXCollections.unmodifiableObservableList(derivatives);
    }
}
