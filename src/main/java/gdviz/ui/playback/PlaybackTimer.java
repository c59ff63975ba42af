package gdviz.ui.playback;

import javafx.animation.AnimationTimer;

/**
 * Drives the playback once per screen frame while it plays, and not at all while paused. What each revealed
 * step changes is repainted by the views listening to the current step; the filled contours are never redrawn.
 */
public final class PlaybackTimer {

    private final PlaybackModel model;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (previous > 0) {
                model.advance((now - previous) / 1e9);
            }
            previous = now;
        }
    };
    private long previous;

    public PlaybackTimer(PlaybackModel model) {
        this.model = model;
        model.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                previous = 0;
                timer.start();
            } else {
                timer.stop();
            }
        });
    }
}
