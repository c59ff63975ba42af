package gdviz.ui.explain;

import gdviz.core.descent.Trajectory;
import gdviz.core.explain.ExplanationLine;
import gdviz.core.explain.StepExplanation;
import gdviz.ui.playback.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The shown step explained in words and numbers, following the playback: at the start what the gradient says
 * about the first step, then for each step the update rule with its values, what the partial derivatives meant
 * for the move and how f changed. Shown as a tab beside the step table; while that tab is not selected it
 * does no work per step (an explanation replays the optimiser from the start), and catches up when selected.
 */
public final class ExplanationView {

    private final VBox lines = new VBox(4);
    private final ScrollPane root = new ScrollPane(lines);
    private final ReadOnlyObjectProperty<Trajectory> trajectory;
    private final PlaybackModel playback;
    private final ObservableBooleanValue quizOn;
    /** Whether the explanation can be seen; while not, changes only mark it out of date. */
    private final BooleanProperty onScreen = new SimpleBooleanProperty(this, "onScreen", true);
    private boolean stale;

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
        onScreen.addListener((obs, was, now) -> {
            if (now && stale) {
                show();
            }
        });
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
        onScreen.bind(explanation.selectedProperty());
        TabPane tabs = new TabPane(steps, explanation);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("step-tabs");
        return tabs;
    }

    private void show() {
        stale = !onScreen.get();
        if (stale) {
            return;
        }
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
        showLines(explained);
    }

    /**
     * Shows {@code explained} in the labels already there where it can: during playback consecutive steps
     * have lines of the same kinds, and relabelling costs far less than styling new labels per frame.
     */
    private void showLines(List<ExplanationLine> explained) {
        ObservableList<Node> shown = lines.getChildren();
        if (shown.size() > explained.size()) {
            shown.remove(explained.size(), shown.size());
        }
        for (int k = 0; k < explained.size(); k++) {
            ExplanationLine line = explained.get(k);
            if (k < shown.size() && shown.get(k).getUserData() == line.kind()) {
                ((Label) shown.get(k)).setText(line.text());
            } else if (k < shown.size()) {
                shown.set(k, label(line));
            } else {
                shown.add(label(line));
            }
        }
    }

    private static Label label(ExplanationLine line) {
        Label label = new Label(line.text());
        label.setWrapText(true);
        label.setUserData(line.kind());
        label.getStyleClass().addAll("explanation-line", "explanation-" + line.kind().name().toLowerCase(Locale.ROOT));
        return label;
    }
}
