package gdviz.ui.descent;

import gdviz.core.descent.StopReason;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** The status line: why the run stopped, in plain words, coloured by how it ended. */
public final class StatusLine {

    private static final String PREFIX = "outcome-";

    private final Label label = new Label();

    public StatusLine(DescentModel model) {
        label.setId("status");
        label.getStyleClass().add("status-line");
        label.setMaxWidth(Double.MAX_VALUE);
        model.statusProperty().addListener((obs, old, now) -> show(now));
        show(model.statusProperty().get());
    }

    public Parent root() {
        return label;
    }

    private void show(RunStatus status) {
        label.setText(status.text());
        label.getStyleClass().removeIf(style -> style.startsWith(PREFIX));
        label.getStyleClass().add(PREFIX + tone(status.reason()));
    }

    /** The style class suffix: good news green, a stop before the goal amber, a breakdown red. */
    private static String tone(StopReason reason) {
        if (reason == null) {
            return "message";
        }
        return switch (reason) {
            case CONVERGED -> "converged";
            case ITERATION_LIMIT -> "limit";
            case DIVERGED, LEFT_DOMAIN -> reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
