package gdviz.cli;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import java.util.Optional;

/** Recognises a typed function as one of the presets, however it is spaced or bracketed. */
final class PresetMatch {

    private PresetMatch() {
    }

    /**
     * The preset whose expression parses to the same tree over the same variables, in the same order, as
     * {@code function}: {@code x^2+x*y+y^2} is the bowl, {@code y^2 + x*y + x^2} is not (its sum is ordered
     * differently), and neither is the bowl with {@code --vars y,x}, whose minima would be read the wrong way
     * round.
     */
    static Optional<Preset> of(ParsedFunction function) {
        for (Preset preset : Presets.all()) {
            if (sameFunction(parse(preset), function)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFunction(ParsedFunction a, ParsedFunction b) {
        return a.variables().equals(b.variables()) && a.root().equals(b.root());
    }

    private static ParsedFunction parse(Preset preset) {
        try {
            return FunctionParser.parse(preset.expression());
        } catch (ExpressionException e) {
            throw new IllegalStateException("the preset " + preset.name() + " does not parse: " + e.getMessage(), e);
        }
    }
}
