package gdviz.ui.descent;

import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;

/**
 * The status line: a sentence and how it ended, which the view shows as colour.
 *
 * @param text   one line of plain words
 * @param reason why the run stopped, or null when there is no run to describe
 */
public record RunStatus(String text, StopReason reason) {

    /** The status of a finished run. */
    static RunStatus of(Trajectory run) {
        return new RunStatus(StatusText.describe(run), run.outcome().reason());
    }

    /** A message that describes no run, such as a problem with the input. */
    static RunStatus message(String text) {
        return new RunStatus(text, null);
    }
}
