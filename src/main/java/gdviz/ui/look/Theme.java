package gdviz.ui.look;

import gdviz.chart.ChartLook;

/** The window's colour themes, each a style sheet over the base one and the matching look for the charts. */
public enum Theme {

    LIGHT("Light, high contrast", "theme-light.css", ChartLook.light()),
    DARK("Dark, high contrast", "theme-dark.css", ChartLook.dark());

    private final String label;
    private final String stylesheet;
    private final ChartLook charts;

    Theme(String label, String stylesheet, ChartLook charts) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.charts = charts;
    }

    /** The name shown in the View menu. */
    public String label() {
        return label;
    }

    /** The style sheet's file name beside the base style sheet. */
    String stylesheet() {
        return stylesheet;
    }

    /** How the charts look in this theme, at the standard size. */
    public ChartLook charts() {
        return charts;
    }
}
