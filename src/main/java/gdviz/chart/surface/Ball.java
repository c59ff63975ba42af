package gdviz.chart.surface;

import java.awt.Color;

/**
 * A marker built on an octahedron. A round one has each face split into four and pushed out onto the sphere,
 * 32 faces in all, which reads as a ball at marker sizes for far fewer faces than a latitude–longitude sphere;
 * a plain one keeps the 8 faces, for the many small dots of a long path.
 */
final class Ball {

    private Ball() {
    }

    /**
     * A ball of {@code radius} world units around {@code centre}.
     *
     * @param radius positive
     * @param round  whether to split the faces for a rounder outline
     */
    static Solid create(Vec centre, double radius, Color colour, boolean round) {
        Solid ball = new Solid(colour, true);
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                for (int sz = -1; sz <= 1; sz += 2) {
                    Vec a = new Vec(sx, 0, 0);
                    Vec b = new Vec(0, sy, 0);
                    Vec c = new Vec(0, 0, sz);
                    if (!round) {
                        addFace(ball, centre, radius, a, b, c);
                        continue;
                    }
                    Vec ab = a.plus(b).withLength(1);
                    Vec bc = b.plus(c).withLength(1);
                    Vec ca = c.plus(a).withLength(1);
                    addFace(ball, centre, radius, a, ab, ca);
                    addFace(ball, centre, radius, ab, b, bc);
                    addFace(ball, centre, radius, ca, bc, c);
                    addFace(ball, centre, radius, ab, bc, ca);
                }
            }
        }
        return ball;
    }

    private static void addFace(Solid ball, Vec centre, double radius, Vec u, Vec v, Vec w) {
        ball.addOutwardFace(centre, centre.plus(u.times(radius)), centre.plus(v.times(radius)),
                centre.plus(w.times(radius)));
    }
}
