package gdviz.chart;

import gdviz.core.grid.Domain;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The frame shared by maps and curves: axes named after the variables that show exactly the given ranges. */
final class Plots {

    private static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final RectangleInsets TITLE_PADDING = new RectangleInsets(8, 4, 8, 4);

    private Plots() {
    }

    /**
     * An x-y plot with no dataset yet whose axes show {@code ranges} exactly, with no automatic margins, so the
     * data area is exactly the domain.
     */
    static XYPlot plot(String xName, String yName, Domain ranges, Color background, ChartLook look) {
        XYPlot plot = new XYPlot(null, axis(xName, ranges.xMin(), ranges.xMax(), look),
                axis(yName, ranges.yMin(), ranges.yMax(), look), null);
        plot.setBackgroundPaint(background);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(look.outline());
        plot.setOutlineStroke(look.stroke(1f));
        plot.setDomainGridlinePaint(look.grid());
        plot.setRangeGridlinePaint(look.grid());
        return plot;
    }

    private static NumberAxis axis(String name, double lower, double upper, ChartLook look) {
        NumberAxis axis = new NumberAxis(name);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(lower, upper);
        // JFreeChart's own labels turn to "2.2E10" and "0E0" on a path that ran far out.
        axis.setStandardTickUnits(new NumberTickUnitSource(false, new AxisNumberFormat()));
        style(axis, look);
        return axis;
    }

    /** Gives an axis the charts' fonts in {@code look}'s size and colours. */
    static void style(Axis axis, ChartLook look) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        look.style(axis);
    }

    /** A figure title in the charts' style, wrapped to the width it is given. */
    static TextTitle title(String text) {
        TextTitle title = new TextTitle(text, TITLE_FONT);
        // The default pixel of padding puts the title on the figure's top edge and on the plot below it.
        title.setPadding(TITLE_PADDING);
        return title;
    }

    /** A chart around {@code plot} in {@code look} and, when {@code title} is not blank, a title. */
    static JFreeChart chart(Plot plot, String title, ChartLook look) {
        String shown = title == null || title.isBlank() ? null : title;
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, false);
        if (shown != null) {
            TextTitle heading = title(shown);
            heading.setFont(look.font(TITLE_FONT));
            heading.setPaint(look.text());
            chart.setTitle(heading);
        }
        chart.setBackgroundPaint(look.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
