package gdviz.ui.function;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.expr.ReadableDerivatives;
import gdviz.core.presets.KnownMinimum;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The typed function and what follows from it: the parsed function, its readable partial derivatives, the
 * preset it is (with its known minima), or the message that says what is wrong. A bad text keeps the last good
 * function, so the views keep their picture. Needs no running toolkit.
 */
public final class FunctionModel {

    /** The window draws maps of two variables and curves of one. */
    static final int MOST_VARIABLES = 2;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<ParsedFunction> function = new ReadOnlyObjectWrapper<>(this, "function");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper derivatives = new ReadOnlyStringWrapper(this, "derivatives", "");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");

    public FunctionModel() {
        text.addListener((obs, old, now) -> parse(now));
    }

    private void parse(String now) {
        ParsedFunction parsed;
        try {
            parsed = FunctionParser.parse(now);
        } catch (ExpressionException e) {
            error.set(e.getMessage());
            return;
        }
        int count = parsed.variables().size();
        if (count > MOST_VARIABLES) {
            error.set("the window draws functions of one or two variables; this one has " + count + ": "
                    + String.join(", ", parsed.variables()));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("\u2202f/\u2202" + parsed.variables().get(i) + " = "
                    + ReadableDerivatives.partial(parsed.root(), i));
        }
        error.set("");
        derivatives.set(String.join("\n", lines));
        preset.set(Presets.byExpression(now.strip()).orElse(null));
        if (!sameFunction(parsed, function.get())) {
            function.set(parsed);
        }
    }

    /** Whether two texts mean the same function, as "x^2+y" and "x^2 + y" do: then nothing is redrawn. */
    private static boolean sameFunction(ParsedFunction a, ParsedFunction b) {
        return b != null && a.variables().equals(b.variables()) && a.root().equals(b.root());
    }

    /** The text as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The last function that parsed and can be drawn; null until one does. */
    public ReadOnlyObjectProperty<ParsedFunction> functionProperty() {
        return function.getReadOnlyProperty();
    }

    /** What is wrong with the current text, one line; empty when it is the function shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line per variable, "∂f/∂x = 2*x + y", for the last good function. */
    public ReadOnlyStringProperty derivativesProperty() {
        return derivatives.getReadOnlyProperty();
    }

    /** The preset the last good function is, or null when it is none. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The known minima of the last good function when it is a preset; empty otherwise. */
    public List<KnownMinimum> minima() {
        return preset.get() == null ? List.of() : preset.get().minima();
    }
}
