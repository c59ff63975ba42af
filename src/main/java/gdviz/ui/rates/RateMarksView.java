package gdviz.ui.rates;

import gdviz.chart.Palette;
import gdviz.core.analysis.CriticalRate;
import gdviz.core.analysis.RateMarks;
import gdviz.core.analysis.StabilityAnalysis;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.UpdateRule;
import gdviz.ui.widgets.FxColours;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * The critical rates drawn on the logarithmic learning-rate slider as coloured ticks (where steps start to
 * oscillate, the fastest rate, where they diverge) and the sentence that explains them, for under the slider.
 */
public final class RateMarksView {

    /** How far a tick reaches above and below the slider's track, in pixels. */
    private static final double TICK_REACH = 7;

    /** Okabe–Ito orange, bluish green and vermilion: caution, best, too far, apart for every colour vision. */
    private static final Color OSCILLATION_COLOUR = FxColours.of(Palette.ORANGE);
    private static final Color OPTIMAL_COLOUR = FxColours.of(Palette.BLUISH_GREEN);
    private static final Color LIMIT_COLOUR = FxColours.of(Palette.VERMILION);

    private final Slider slider;
    private final ObservableValue<RateMarks> marks;
    private final ObservableValue<UpdateRule> rule;
    private final Pane overlay = new Pane() {
        @Override
        protected void layoutChildren() {
            // Laid out after the slider in the same pass, so the slider's thumb is already in place.
            placeTicks();
        }
    };
    private final Label words = new Label();
    private final Line oscillation = tick("rate-mark-oscillation", OSCILLATION_COLOUR);
    private final Line optimal = tick("rate-mark-optimal", OPTIMAL_COLOUR);
    private final Line limit = tick("rate-mark-limit", LIMIT_COLOUR);

    /**
     * @param slider a slider whose position is log10 of the learning rate
     * @param marks  the marks to show; null shows none
     * @param rule   the update rule of the runs: the marks hold for plain gradient descent, which the words say
     *               when another rule is chosen
     */
    public RateMarksView(Slider slider, ObservableValue<RateMarks> marks, ObservableValue<UpdateRule> rule) {
        this.slider = slider;
        this.marks = marks;
        this.rule = rule;
        overlay.setMouseTransparent(true);
        overlay.getChildren().addAll(oscillation, optimal, limit);
        words.setId("rate-marks-words");
        words.getStyleClass().add("note-text");
        words.setWrapText(true);
        words.setTooltip(new Tooltip("Ticks on the slider: orange where steps start to oscillate (1/\u03bbmax), "
                + "green the fastest rate (2/(\u03bbmin + \u03bbmax)), red where they diverge (2/\u03bbmax); "
                + "\u03bb are the eigenvalues of the Hessian"));
        marks.addListener(changed -> show());
        rule.addListener(changed -> show());
        show();
    }

    /** The ticks, to lay over the slider in the same place; it lets clicks through to the slider. */
    public Node overlay() {
        return overlay;
    }

    /** The sentence saying what the ticks mean at this point of the function. */
    public Node words() {
        return words;
    }

    private void show() {
        RateMarks shown = marks.getValue();
        // The limits come from plain gradient descent's update; other optimisers scale or remember their steps.
        boolean plain = rule.getValue() instanceof GradientDescent;
        words.setText(shown == null ? "" : shown.words() + (plain ? "" : " (for plain gradient descent)"));
        overlay.requestLayout();
    }

    private void placeTicks() {
        RateMarks shown = marks.getValue();
        StabilityAnalysis analysis = shown == null ? null : shown.analysis();
        place(oscillation, analysis, StabilityAnalysis::oscillationRate);
        place(optimal, analysis, StabilityAnalysis::optimalRate);
        place(limit, analysis, StabilityAnalysis::maxStableRate);
    }

    private void place(Line tick, StabilityAnalysis analysis, Function<StabilityAnalysis, CriticalRate> rate) {
        Node thumb = slider.lookup(".thumb");
        CriticalRate critical = analysis == null ? null : rate.apply(analysis);
        double position = critical == null || !critical.isPresent() ? Double.NaN : Math.log10(critical.value());
        boolean onSlider = thumb != null && position >= slider.getMin() && position <= slider.getMax();
        tick.setVisible(onSlider);
        tick.setUserData(critical == null || !critical.isPresent() ? null : critical.value());
        if (!onSlider) {
            return;
        }
        // The slider's skin puts the thumb's centre at this share of the track between the thumb's half-widths.
        double thumbWidth = thumb.getLayoutBounds().getWidth();
        double left = slider.snappedLeftInset() + thumbWidth / 2;
        double length = slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth;
        double share = (position - slider.getMin()) / (slider.getMax() - slider.getMin());
        double trackY = thumb.getBoundsInParent().getCenterY();
        Point2D at = overlay.sceneToLocal(slider.localToScene(left + share * length, trackY));
        if (at == null) {
            return;
        }
        tick.setStartX(at.getX());
        tick.setEndX(at.getX());
        tick.setStartY(at.getY() - TICK_REACH);
        tick.setEndY(at.getY() + TICK_REACH);
    }

    private static Line tick(String id, Color colour) {
        Line tick = new Line();
        tick.setId(id);
        tick.setStroke(colour);
        tick.setStrokeWidth(2.5);
        tick.setManaged(false);
        return tick;
    }
}
