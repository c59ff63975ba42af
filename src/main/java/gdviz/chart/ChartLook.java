package gdviz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.axis.Axis;

/**
 * How charts look around their data: the colours of backgrounds, text, grid and frame, and one size factor for
 * lines, markers and fonts (larger for a projector). The data colours stay: viridis for the bands and the
 * {@link Palette} for runs and basins.
 *
 * @param background     behind the whole chart: axes, titles, colour bar
 * @param plotBackground inside the data area of charts whose data area has no picture of its own
 * @param text           titles, axis names and tick labels, axis lines, the tangent and the step line
 * @param grid           grid lines
 * @param outline        the frame around a data area
 * @param curve          the line of f on a curve chart
 * @param scale          multiplies line widths, marker sizes and font sizes; in [1, 4]
 */
public record ChartLook(Color background, Color plotBackground, Color text, Color grid, Color outline,
                        Color curve, double scale) {

    /** The largest size factor: beyond it labels crowd out the data on any screen. */
    public static final double MAX_SCALE = 4;

    private static final ChartLook LIGHT = new ChartLook(Color.WHITE, Color.WHITE, new Color(0x1A1A1A),
            new Color(0xD5D5D5), new Color(0x404040), Palette.BLUE, 1);
    /** Sky blue rather than blue for the curve: blue on near-black falls under 4.5:1 contrast. */
    private static final ChartLook DARK = new ChartLook(new Color(0x121417), new Color(0x1B1F24),
            new Color(0xF2F2F2), new Color(0x3C434C), new Color(0xB8C0C8), Palette.SKY_BLUE, 1);

    public ChartLook {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(plotBackground, "plotBackground");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(curve, "curve");
        if (!(scale >= 1 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("a chart's size factor must be between 1 and " + MAX_SCALE
                    + ", not " + scale);
        }
    }

    /** Dark text on white: the look of exported figures. */
    public static ChartLook light() {
        return LIGHT;
    }

    /** Light text on near-black. */
    public static ChartLook dark() {
        return DARK;
    }

    /** This look with lines, markers and fonts {@code factor} times their standard size, factor in [1, 4]. */
    public ChartLook scaled(double factor) {
        return new ChartLook(background, plotBackground, text, grid, outline, curve, factor);
    }

    /** The descent path at this look's size, its tangent in the text colour so it shows on either background. */
    public PathStyle pathStyle() {
        PathStyle standard = PathStyle.standard().scaled(scale);
        return new PathStyle(standard.path(), standard.halo(), standard.arrow(), standard.arrowOutline(), text,
                standard.lineWidth(), standard.pointRadius(), standard.minArrow(), standard.maxArrow());
    }

    /** {@code font} at this look's size. */
    public Font font(Font font) {
        return scale == 1 ? font : font.deriveFont((float) (font.getSize2D() * scale));
    }

    /** A line {@code width} pixels wide at the standard size, drawn at this look's size. */
    public BasicStroke stroke(float width) {
        return new BasicStroke((float) (width * scale));
    }

    /** A data colour as it is drawn on this look's background: black turns into the text colour. */
    public Color ink(Color colour) {
        return Palette.BLACK.equals(colour) ? text : colour;
    }

    /** Gives an axis this look's fonts and colours, keeping the fonts' faces. */
    public void style(Axis axis) {
        axis.setLabelFont(font(axis.getLabelFont()));
        axis.setTickLabelFont(font(axis.getTickLabelFont()));
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(text);
        axis.setTickMarkPaint(text);
    }
}
