package gdviz.chart;

/**
 * One animation frame of a descent path: the iterates revealed so far and the gradient at the last of them.
 *
 * <p>The arrays are read, never modified, and not copied (a frame is made per animation frame over one
 * trajectory); the caller keeps them unchanged while the frame is in use.
 *
 * @param xs      x of every iterate (iteration 0 is the start); may hold more than are revealed
 * @param ys      y of every iterate, same length as {@code xs}
 * @param current the last revealed iterate, 0 ≤ current &lt; xs.length; later ones are not drawn
 * @param gradX   ∂f/∂x at the current iterate (NaN: no arrow)
 * @param gradY   ∂f/∂y at the current iterate (NaN: no arrow)
 * @param rate    the learning rate α, which scales the −∇f arrow to the next step
 */
public record PathFrame(double[] xs, double[] ys, int current, double gradX, double gradY, double rate) {

    public PathFrame {
        requirePoints(xs, ys, current);
    }

    static void requirePoints(double[] xs, double[] ys, int current) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a path needs as many y as x values, not " + ys.length + " and "
                    + xs.length);
        }
        if (current < 0 || current >= xs.length) {
            throw new IllegalArgumentException("the current step " + current + " is not one of the path's "
                    + xs.length + " points");
        }
    }
}
