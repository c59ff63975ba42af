package gdviz.chart.surface;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart3d.graphics3d.Object3D;
import org.jfree.chart3d.graphics3d.Point3D;

/**
 * A 3-D object that remembers its vertices, which Orson keeps to itself, so that what the chart shows can be
 * read back; and that adds the faces of closed solids facing outwards.
 */
class Solid extends Object3D {

    private final List<Point3D> points = new ArrayList<>();

    Solid(Color colour, boolean outline) {
        super(colour, outline);
    }

    @Override
    public void addVertex(Point3D vertex) {
        super.addVertex(vertex);
        points.add(vertex);
    }

    /** Vertex {@code k} in world coordinates. */
    Point3D vertex(int k) {
        return points.get(k);
    }

    /**
     * Adds a flat face of a closed solid around {@code inside}, its {@code corners} (three or more, in order
     * around it) turned to face outwards. Orson draws a one-sided face only when its corners run anticlockwise
     * on screen, that is when the right-hand normal of the corner order points at the viewer, so a face whose
     * normal pointed into the solid would vanish from the front and show from behind.
     */
    void addOutwardFace(Vec inside, Vec... corners) {
        Vec normal = corners[1].minus(corners[0]).cross(corners[2].minus(corners[0]));
        boolean outward = normal.dot(corners[0].minus(inside)) >= 0;
        int first = getVertexCount();
        int[] face = new int[corners.length];
        for (int k = 0; k < corners.length; k++) {
            Vec corner = corners[outward ? k : corners.length - 1 - k];
            addVertex(corner.point());
            face[k] = first + k;
        }
        addFace(face);
    }
}
