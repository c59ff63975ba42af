package gdviz.chart;

import java.awt.Color;

/**
 * A colour scale from t = 0 to t = 1, interpolated in sRGB between equally spaced anchor colours.
 *
 * <p>{@link #viridis()} is perceptually ordered (its lightness rises steadily with t) and stays readable for
 * the common forms of colour blindness and in grey-scale print, which is why the maps use it.
 */
public final class ColourMap {

    private static final ColourMap VIRIDIS = new ColourMap(0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E,
            0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725);

    private final int[] anchors;

    private ColourMap(int... anchorRgb) {
        this.anchors = anchorRgb;
    }

    /** The viridis scale, dark purple at 0 through blue and green to yellow at 1. */
    public static ColourMap viridis() {
        return VIRIDIS;
    }

    /**
     * The opaque colour at {@code t} as packed 0xAARRGGBB.
     *
     * @param t position on the scale; values outside [0, 1] are clamped, NaN is rejected
     */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("a colour map position must be a number, not NaN");
        }
        double scaled = Math.max(0, Math.min(1, t)) * (anchors.length - 1);
        int lower = Math.min((int) scaled, anchors.length - 2);
        double f = scaled - lower;
        int from = anchors[lower];
        int to = anchors[lower + 1];
        return 0xFF000000 | channel(from, to, f, 16) << 16 | channel(from, to, f, 8) << 8 | channel(from, to, f, 0);
    }

    /** The colour at {@code t}, as {@link #argb(double)}. */
    public Color color(double t) {
        return new Color(argb(t), true);
    }

    private static int channel(int from, int to, double f, int shift) {
        int a = from >> shift & 0xFF;
        int b = to >> shift & 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }
}
