package gdviz.chart;

import java.awt.Color;
import java.util.List;

/**
 * The colours every chart shares for things told apart by colour: the live path, pinned runs, loss-chart lines,
 * basins and the curve. They are Okabe and Ito's eight colours, chosen to stay distinguishable for the common
 * kinds of colour blindness; the contour bands keep viridis, which is ordered by lightness and so readable too.
 */
public final class Palette {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** All eight, in Okabe and Ito's order. */
    public static final List<Color> OKABE_ITO = List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE,
            VERMILION, REDDISH_PURPLE);

    /** The live descent path: vermilion appears nowhere in viridis. */
    public static final Color LIVE_PATH = VERMILION;

    /**
     * Pinned runs, in the order they are handed out: every colour but the live path's vermilion and the yellow
     * that viridis ends in. Black is drawn in the theme's text colour on a chart's own background.
     */
    public static final List<Color> PINNED = List.of(BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, BLACK);

    /** Basins of attraction, minimum k in colour k (cycling); black and grey are kept for diverged and other ends. */
    public static final List<Color> BASINS = List.of(ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILION,
            REDDISH_PURPLE);

    private Palette() {
    }
}
