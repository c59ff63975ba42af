package gdviz.ui.surface;

/**
 * How the user moved the view since the last frame: turned and tilted by dragging, zoomed by scrolling, or sent
 * home by the reset button (which discards what came before it).
 *
 * @param turn  radians about the vertical axis
 * @param tilt  radians up or down
 * @param zoom  how many times as far away, positive
 * @param reset whether the view went home before the turn, tilt and zoom
 */
record ViewChange(double turn, double tilt, double zoom, boolean reset) {

    static final ViewChange NONE = new ViewChange(0, 0, 1, false);
    static final ViewChange HOME = new ViewChange(0, 0, 1, true);

    /** This change followed by {@code next}. */
    ViewChange then(ViewChange next) {
        if (next.reset) {
            return next;
        }
        return new ViewChange(turn + next.turn, tilt + next.tilt, zoom * next.zoom, reset);
    }
}
