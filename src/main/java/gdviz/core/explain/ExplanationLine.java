package gdviz.core.explain;

import java.util.Objects;

/**
 * One line of a step's explanation.
 *
 * @param kind what the line is, so a view can set headings and formulas apart from prose
 * @param text the line, plain Unicode text; not null
 */
public record ExplanationLine(Kind kind, String text) {

    /** What a line is. */
    public enum Kind {
        /** Which step this is. */
        HEADING,
        /** An update rule with its numbers filled in. */
        FORMULA,
        /** A sentence on what the numbers mean. */
        TEXT
    }

    public ExplanationLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
