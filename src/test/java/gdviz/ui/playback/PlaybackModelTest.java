package gdviz.ui.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackModelTest {

    private final PlaybackModel playback = new PlaybackModel();

    @Test
    void aNewRunIsShownWholeSoDraggingAControlRedrawsTheWholePath() {
        playback.show(38);
        assertThat(playback.currentProperty().get()).isEqualTo(37);
        assertThat(playback.lastProperty().get()).isEqualTo(37);
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void playingFromTheEndStartsOverAndRevealsStepsAtTheChosenSpeed() {
        playback.show(38);
        playback.speedProperty().set(10);
        playback.play();
        assertThat(playback.currentProperty().get()).isZero();
        playback.advance(0.05);
        assertThat(playback.currentProperty().get()).isZero();
        playback.advance(0.06);
        assertThat(playback.currentProperty().get()).isEqualTo(1);
        playback.advance(1.0);
        assertThat(playback.currentProperty().get()).isEqualTo(11);
        playback.advance(100);
        assertThat(playback.currentProperty().get()).isEqualTo(37);
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void steppingPausesAndStaysWithinTheRun() {
        playback.show(3);
        playback.play();
        playback.stepForward();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.currentProperty().get()).isEqualTo(1);
        playback.stepForward();
        playback.stepForward();
        assertThat(playback.currentProperty().get()).isEqualTo(2);
        playback.reset();
        playback.stepBack();
        assertThat(playback.currentProperty().get()).isZero();
    }

    @Test
    void aNewRunWhilePlayingCarriesOnFromTheSameStep() {
        playback.show(100);
        playback.play();
        playback.currentProperty().set(40);
        playback.show(200);
        assertThat(playback.currentProperty().get()).isEqualTo(40);
        assertThat(playback.playingProperty().get()).isTrue();
        playback.show(10);
        assertThat(playback.currentProperty().get()).isEqualTo(9);
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void aRunOfOneRowHasNothingToPlay() {
        playback.show(1);
        playback.play();
        assertThat(playback.playingProperty().get()).isFalse();
    }
}
