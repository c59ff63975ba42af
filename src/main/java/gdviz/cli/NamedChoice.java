package gdviz.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One of a fixed set of option values known by name, such as {@code --optimizer gd} or {@code --view curve}. */
interface NamedChoice {

    /** The name typed on the command line. */
    String optionName();

    /**
     * Converts an option value to the choice of that name; an unknown name is refused with every known one.
     * Picocli creates converters from their class, so each set of choices names a subclass.
     */
    abstract class Lookup<C extends NamedChoice> implements ITypeConverter<C> {
        private final C[] choices;
        private final String what;

        /** @param what the kind of choice with its article, for the message: "an optimizer" */
        Lookup(C[] choices, String what) {
            this.choices = choices;
            this.what = what;
        }

        @Override
        public C convert(String text) {
            for (C choice : choices) {
                if (choice.optionName().equals(text)) {
                    return choice;
                }
            }
            throw new TypeConversionException("'" + text + "' is not " + what + "; choose one of: "
                    + Arrays.stream(choices).map(NamedChoice::optionName).collect(Collectors.joining(", ")));
        }
    }

    /** The names in order, for picocli's help text (${COMPLETION-CANDIDATES}); subclassed as {@link Lookup} is. */
    abstract class Names implements Iterable<String> {
        private final NamedChoice[] choices;

        Names(NamedChoice[] choices) {
            this.choices = choices;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(choices).map(NamedChoice::optionName).iterator();
        }
    }
}
