package gdviz.ui.picture;

/** Something that may take a press on a picture before it picks a point, such as a quiz guess. */
@FunctionalInterface
public interface PressDiversion {

    /** Takes nothing. */
    PressDiversion NONE = (x, y) -> false;

    /**
     * Offers a press at (x, y) in data coordinates.
     *
     * @return whether it was taken, so the picture must not pick the point
     */
    boolean take(double x, double y);
}
