package gdviz.ui.quiz;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The quiz's switch and, while it is on, what to do next, how close the last guess came and the score. */
public final class QuizBar {

    private final HBox root = new HBox(10);

    public QuizBar(QuizModel quiz) {
        root.getStyleClass().add("quiz-bar");
        ToggleButton toggle = new ToggleButton("Quiz");
        toggle.setId("quiz-toggle");
        toggle.setTooltip(new Tooltip("Quiz mode: click on the map where the next point will land (Ctrl+G)"));
        toggle.selectedProperty().bindBidirectional(quiz.activeProperty());
        Label status = new Label();
        status.setId("quiz-status");
        status.getStyleClass().add("quiz-status");
        status.textProperty().bind(quiz.status());
        status.visibleProperty().bind(quiz.activeProperty());
        status.managedProperty().bind(quiz.activeProperty());
        root.getChildren().addAll(toggle, status);
    }

    public Parent root() {
        return root;
    }
}
