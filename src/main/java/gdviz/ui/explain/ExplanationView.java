package gdviz.ui.explain;

import gdviz.core.descent.Trajectory;
import gdviz.core.explain.ExplanationLine;
import gdviz.core.explain.StepExplanation;
import gdviz.ui.playback.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The shown step explained in words and numbers, following the playback: at the start what the gradient says
 * about the first step, then for each step the update rule with its values, what the partial derivatives meant
 * for the move and how f changed. Shown as a tab beside the step table.
 */
public final class ExplanationView {

    private final VBox lines = new VBox(4);
    private final ScrollPane root = new ScrollPane(lines);
    private final ReadOnlyObjectProperty<Trajectory> trajectory;
    private final PlaybackModel playback;
    private final ObservableBooleanValue quizOn;

    /**
     * @param quizOn while it holds, the start leaves out how the first step will move, which would give away the
     *               quiz's first answer
     */
    public ExplanationView(ReadOnlyObjectProperty<Trajectory> trajectory, PlaybackModel playback,
            ObservableBooleanValue quizOn) {
        this.trajectory = trajectory;
        this.playback = playback;
        this.quizOn = quizOn;
        quizOn.addListener(changed -> show());
        lines.setId("explanation");
        lines.getStyleClass().add("explanation");
        root.setFitToWidth(true);
        root.getStyleClass().add("explanation-scroll");
        trajectory.addListener(changed -> show());
        playback.currentProperty().addListener(changed -> show());
        show();
    }

    /** The explanation alone. */
    public Parent root() {
        return root;
    }

    /** A pair of tabs, the step table and this explanation, to put where the table was. */
    public Parent besideTable(Parent table) {
        Tab steps = new Tab("Steps", table);
        steps.setId("steps-tab");
        Tab explanation = new Tab("Explanation", root);
        explanation.setId("explanation-tab");
        TabPane tabs = new TabPane(steps, explanation);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("step-tabs");
        return tabs;
    }

    private void show() {
        Trajectory run = trajectory.get();
        int current = playback.currentProperty().get();
        if (run == null || current >= run.size()) {
            lines.getChildren().setAll(new Label("Each step of the descent is explained here"));
            return;
        }
        List<ExplanationLine> explained = StepExplanation.of(run, current);
        if (current == 0 && quizOn.get()) {
            explained = new ArrayList<>(explained.stream()
                    .filter(line -> line.kind() != ExplanationLine.Kind.TEXT).toList());
            explained.add(new ExplanationLine(ExplanationLine.Kind.TEXT,
                    "Quiz: where will the first step land? Each step is explained here once you have guessed it."));
        }
        lines.getChildren().setAll(explained.stream().map(ExplanationView::label).toList());
    }

    private static Label label(ExplanationLine line) {
        Label label = new Label(line.text());
        label.setWrapText(true);
        label.getStyleClass().addAll("explanation-line", "explanation-" + line.kind().name().toLowerCase(Locale.ROOT));
        return label;
    }
}
