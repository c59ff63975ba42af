package gdviz.ui.export;

/** The pictures of the window that can be saved as figures. */
public enum Picture {
    CONTOUR_MAP("Contour map", "contour-map"),
    SURFACE("3-D surface", "surface"),
    CURVE("Curve", "curve"),
    LOSS_CHART("Loss chart", "loss-chart");

    private final String label;
    private final String fileName;

    Picture(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** Its name in menus: "Contour map". */
    public String label() {
        return label;
    }

    /** The file name offered for it, without an extension. */
    String fileName() {
        return fileName;
    }
}
