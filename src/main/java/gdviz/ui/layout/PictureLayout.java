package gdviz.ui.layout;

/** How the map (or curve) and the surface share the space above the step table. */
public enum PictureLayout {

    /** Both at once, the map on the left: for large screens and projectors. */
    SIDE_BY_SIDE("Map and surface side by side"),
    /** One at a time, each as large as the space allows: for small windows. */
    TABS("Map and surface as tabs");

    private final String label;

    PictureLayout(String label) {
        this.label = label;
    }

    /** The name in the View menu. */
    public String label() {
        return label;
    }
}
