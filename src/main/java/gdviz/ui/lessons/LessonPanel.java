package gdviz.ui.lessons;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;

/**
 * The open lesson at the top of the controls: its title as a heading that folds the description away, so a
 * teacher can show the words while introducing the lesson and fold them to give the pictures the room. A lesson
 * without words shows its title alone. Hidden while no lesson is open.
 */
public final class LessonPanel {

    private final TitledPane root = new TitledPane();

    /** @param state the open lesson */
    public LessonPanel(LessonState state) {
        Label words = new Label();
        words.setId("lesson-description");
        words.setWrapText(true);
        words.getStyleClass().add("lesson-description");
        words.textProperty().bind(state.descriptionProperty());
        root.setId("lesson-panel");
        root.getStyleClass().add("lesson-panel");
        root.textProperty().bind(state.titleProperty());
        BooleanBinding hasWords = state.descriptionProperty().isNotEmpty();
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.concat("Lesson: ", state.titleProperty(),
                Bindings.when(hasWords).then(" (click to fold the words away)").otherwise("")));
        root.setTooltip(whole);
        // A lesson without words shows its title alone: no empty box to unfold.
        root.contentProperty().bind(Bindings.when(hasWords).then((Node) words).otherwise((Node) null));
        root.collapsibleProperty().bind(hasWords);
        // As wide as the controls and no wider, so that the words wrap instead of running off the edge.
        root.setMinWidth(0);
        root.setPrefWidth(0);
        root.setMaxWidth(Double.MAX_VALUE);
        root.setExpanded(true);
        root.visibleProperty().bind(state.titleProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
        // A new lesson opens with its words showing, even if the last one was folded away.
        state.titleProperty().addListener((obs, old, now) -> root.setExpanded(true));
    }

    public Parent root() {
        return root;
    }
}
