package gdviz.ui.widgets;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Slider;

/**
 * Keeps a slider and a model value in step without feedback loops: moving the slider sets the value (snapped to
 * a readable number), setting the value elsewhere moves the slider, and a slider that clamps itself to a new
 * range never rewrites the value (zooming the map must not move the start point).
 */
public final class SliderLink {

    private final Slider slider;
    private final DoubleProperty value;
    private final DoubleUnaryOperator toSlider;
    private boolean syncing;

    private SliderLink(Slider slider, DoubleProperty value, DoubleUnaryOperator toSlider,
            DoubleUnaryOperator fromSlider) {
        this.slider = Objects.requireNonNull(slider, "slider");
        this.value = Objects.requireNonNull(value, "value");
        this.toSlider = toSlider;
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                quietly(() -> value.set(fromSlider.applyAsDouble(now.doubleValue())));
            }
        });
        value.addListener((obs, old, now) -> {
            if (!syncing) {
                showValue();
            }
        });
        showValue();
    }

    /**
     * A slider whose position is the value itself.
     *
     * @param snap turns a slider position into the value to set, e.g. rounded to a readable step
     */
    public static SliderLink linear(Slider slider, DoubleProperty value, DoubleUnaryOperator snap) {
        return new SliderLink(slider, value, DoubleUnaryOperator.identity(), snap);
    }

    /**
     * A slider whose position is log10 of a positive value, which is rounded to {@code digits} significant
     * digits as the slider moves.
     */
    public static SliderLink logarithmic(Slider slider, DoubleProperty value, int digits) {
        return new SliderLink(slider, value, Math::log10, position -> NumberText.round(Math.pow(10, position), digits));
    }

    /** Sets the slider's range (in value units for a linear slider) without touching the value. */
    public void range(double min, double max) {
        quietly(() -> {
            slider.setMin(Math.min(min, slider.getMax()));
            slider.setMax(max);
            slider.setMin(min);
        });
        showValue();
    }

    private void showValue() {
        quietly(() -> slider.setValue(toSlider.applyAsDouble(value.get())));
    }

    private void quietly(Runnable change) {
        boolean outer = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = outer;
        }
    }
}
