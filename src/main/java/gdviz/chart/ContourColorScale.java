package gdviz.chart;

import java.awt.Color;
import org.jfree.chart3d.data.Range;
import org.jfree.chart3d.renderer.ColorScale;

/**
 * The contour map's band colours as an Orson Charts colour scale, so that a 3-D surface takes exactly the
 * colour the map gives each height: the same levels, the same bands, the same viridis colours. Logarithmic
 * levels therefore give the surface logarithmic colours too. Immutable.
 */
public final class ContourColorScale implements ColorScale {

    private final ContourBands bands;
    private final Color[] colours;
    private final Range range;

    /**
     * @param levels the map's contour levels: finite, strictly ascending, possibly empty; copied
     * @param min    the lowest value a legend shows, finite
     * @param max    the highest value a legend shows, finite and greater than {@code min}
     */
    public ContourColorScale(double[] levels, double min, double max) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && max > min)) {
            throw new IllegalArgumentException("a colour scale needs a finite range, not " + min + " to " + max);
        }
        this.bands = new ContourBands(levels.clone(), ColourMap.viridis());
        this.colours = new Color[bands.count()];
        for (int k = 0; k < colours.length; k++) {
            colours[k] = new Color(bands.argb(k), true);
        }
        this.range = new Range(min, max);
    }

    @Override
    public Range getRange() {
        return range;
    }

    /** The colour of the band holding {@code value}; NaN falls in the top band, as in the map's band search. */
    @Override
    public Color valueToColor(double value) {
        return colours[bands.bandOf(value)];
    }
}
