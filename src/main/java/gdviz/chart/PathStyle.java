package gdviz.chart;

import java.awt.Color;

/**
 * How a descent path looks.
 *
 * @param path         the path, its arrowheads, dots, start ring and current point
 * @param halo         the thin outline around the path that keeps it visible on every band
 * @param arrow        the fill of the −∇f arrow
 * @param arrowOutline the outline of the −∇f arrow
 * @param tangent      a curve's tangent line at the current step
 * @param lineWidth    path line width in pixels, positive
 * @param pointRadius  radius of the current point in pixels, positive
 * @param minArrow     shortest on-screen length of the −∇f arrow in pixels, positive
 * @param maxArrow     longest on-screen length of the −∇f arrow in pixels, at least {@code minArrow}
 */
public record PathStyle(Color path, Color halo, Color arrow, Color arrowOutline, Color tangent,
                        float lineWidth,
                        double pointRadius, double minArrow, double maxArrow) {

    /**
     * Okabe–Ito vermilion ({@link Palette#LIVE_PATH}) appears in no part of viridis and stays distinct from it for
     * red-green colour blindness by lightness as well as hue; the white halo and the white arrow with a near-black outline add
     * contrast on the darkest and the lightest bands alike. The tangent is near-black, apart from the blue curve
     * and the vermilion steps for every kind of colour vision.
     */
    private static final PathStyle STANDARD = new PathStyle(Palette.LIVE_PATH, Color.WHITE, Color.WHITE,
            new Color(0x202020), new Color(0x202020), 2.2f, 6, 20, 120);

    public PathStyle {
        if (!(lineWidth > 0 && pointRadius > 0 && minArrow > 0 && maxArrow >= minArrow)) {
            throw new IllegalArgumentException("path sizes must be positive with minArrow <= maxArrow");
        }
    }

    /** The style of the app and of exported figures. */
    public static PathStyle standard() {
        return STANDARD;
    }

    /**
     * This style with lines, points and arrows {@code factor} times as large, for a projector.
     *
     * @param factor positive
     */
    public PathStyle scaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a path's size factor must be positive, not " + factor);
        }
        return new PathStyle(path, halo, arrow, arrowOutline, tangent, (float) (lineWidth * factor),
                pointRadius * factor, minArrow * factor, maxArrow * factor);
    }
}
