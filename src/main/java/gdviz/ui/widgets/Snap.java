package gdviz.ui.widgets;

/**
 * Rounds a position picked with the mouse to a readable number: clicking at x = 1.2345678 on a map 10 units wide
 * gives 1.23, well under a pixel away, and the step table stays legible.
 */
public final class Snap {

    /** Positions are rounded to a power of ten at most this fraction of the visible extent. */
    static final double FRACTION_OF_EXTENT = 1e-3;

    private Snap() {
    }

    /**
     * @param value  the picked position
     * @param extent the visible width of the axis it lies on, positive
     * @return {@code value} rounded to a power of ten no larger than a thousandth of {@code extent}
     */
    public static double toReadable(double value, double extent) {
        if (!(extent > 0) || !Double.isFinite(value)) {
            return value;
        }
        int decimals = (int) -Math.floor(Math.log10(extent * FRACTION_OF_EXTENT));
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
