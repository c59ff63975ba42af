package gdviz.ui.playback;

import gdviz.ui.widgets.NumberText;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Reset, step back, play or pause, step forward, the speed in steps per second, and which step is shown. */
public final class PlaybackBar {

    private final HBox root = new HBox(8);

    public PlaybackBar(PlaybackModel model) {
        root.getStyleClass().add("playback-bar");
        Button reset = button("reset-button", Icons.RESET, "Back to the start (R)", model::reset);
        Button back = button("back-button", Icons.STEP_BACK, "One step back (\u2190)", model::stepBack);
        Button play = button("play-button", Icons.PLAY, "Play or pause the descent (Space)", model::togglePlay);
        Button forward = button("forward-button", Icons.STEP_FORWARD, "One step forward (\u2192)",
                model::stepForward);
        play.getStyleClass().add("play-button");
        model.playingProperty().addListener((obs, was, playing) ->
                play.setGraphic(Icons.of(playing ? Icons.PAUSE : Icons.PLAY)));
        back.disableProperty().bind(model.currentProperty().isEqualTo(0));
        reset.disableProperty().bind(back.disableProperty());
        forward.disableProperty().bind(model.currentProperty().isEqualTo(model.lastProperty()));
        play.disableProperty().bind(model.lastProperty().isEqualTo(0));

        Slider speed = new Slider(Math.log10(PlaybackModel.MIN_SPEED), Math.log10(PlaybackModel.MAX_SPEED),
                Math.log10(model.speedProperty().get()));
        speed.setId("speed-slider");
        speed.setTooltip(new Tooltip("Playback speed in steps per second"));
        speed.setAccessibleText("Playback speed, steps per second");
        speed.setPrefWidth(100);
        speed.valueProperty().addListener((obs, old, now) ->
                model.speedProperty().set(NumberText.round(Math.pow(10, now.doubleValue()), 2)));
        Label speedText = new Label();
        speedText.getStyleClass().add("speed-text");
        speedText.textProperty().bind(Bindings.createStringBinding(
                () -> NumberText.brief(model.speedProperty().get()) + " steps/s", model.speedProperty()));

        Label step = new Label();
        step.setId("step-label");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(Bindings.createStringBinding(
                () -> "step " + model.currentProperty().get() + " of " + model.lastProperty().get(),
                model.currentProperty(), model.lastProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Label label : new Label[] {step, speedText}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.getChildren().addAll(reset, back, play, forward, step, gap, speed, speedText);
    }

    public Parent root() {
        return root;
    }

    private static Button button(String id, String icon, String help, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(Icons.of(icon));
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.setOnAction(event -> action.run());
        button.getStyleClass().add("playback-button");
        return button;
    }
}
