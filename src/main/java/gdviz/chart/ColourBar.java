package gdviz.chart;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The colour bar beside a map: one equal slot per band, labelled with the level values at the band borders and
 * the sampled minimum and maximum at its ends.
 *
 * <p>Equal slots rather than a value axis keep logarithmic levels readable (the low levels would otherwise be
 * squeezed into a sliver) and cost nothing for linear levels, whose slots are evenly spaced values anyway.
 * Labels that would overlap are left out by the axis.
 */
final class ColourBar {

    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ColourBar() {
    }

    /**
     * @param bands  the map's bands
     * @param labels the sampled minimum, every level and the sampled maximum, bottom to top
     * @param title  the axis title, e.g. "f(x, y)"
     * @param look   the text colour and size
     */
    static PaintScaleLegend create(ContourBands bands, LevelLabels labels, String title, ChartLook look) {
        int count = bands.count();
        // Slot k spans [k, k + 1]; level k sits at the border k + 1 between band k and band k + 1.
        SymbolAxis axis = new SymbolAxis(title, labels.scale());
        axis.setGridBandsVisible(false);
        axis.setRange(0, count);
        axis.setTickLabelFont(LABEL_FONT);
        axis.setLabelFont(TITLE_FONT);
        axis.setAxisLineVisible(false);
        look.style(axis);

        LookupPaintScale scale = new LookupPaintScale(0, count, Color.LIGHT_GRAY);
        for (int k = 0; k < count; k++) {
            scale.add(k, new Color(bands.argb(k), true));
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        // One subdivision per band puts every colour border exactly on a level's tick.
        legend.setSubdivisionCount(count);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(16 * look.scale());
        legend.setStripOutlinePaint(look.outline());
        legend.setStripOutlineVisible(true);
        legend.setMargin(new RectangleInsets(8, 4, 8, 8));
        legend.setBackgroundPaint(null);
        return legend;
    }
}
