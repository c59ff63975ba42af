package gdviz.ui.lessons;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;

/**
 * The open lesson at the top of the controls: its title as a heading that folds the description away, so a
 * teacher can show the words while introducing the lesson and fold them to give the pictures the room. Hidden
 * while no lesson is open.
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
        root.textProperty().bind(Bindings.concat("Lesson: ", state.titleProperty()));
        root.setContent(words);
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
