package gdviz.ui.widgets;

import javafx.scene.paint.Color;

/** The chart layer's colours for JavaFX nodes, so swatches and ticks match what the charts draw. */
public final class FxColours {

    private FxColours() {
    }

    /** The same colour, opacity included. */
    public static Color of(java.awt.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getAlpha() / 255.0);
    }
}
