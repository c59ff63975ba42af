package gdviz.chart.surface;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Object3D;
import org.jfree.chart3d.graphics3d.Point3D;
import org.jfree.chart3d.graphics3d.ViewPoint3D;

/**
 * Puts the faces of a 3-D object in the order in which the chart will paint them from a view point, before the
 * chart sorts them. Use one per object, created before the object's faces are reordered.
 *
 * <p>Orson paints back to front after sorting all faces by their mean eye-space depth with a comparator that
 * works the depth out afresh for both faces at every comparison, some n log n times per frame. Its sort is
 * stable and adaptive: given faces already in order it only walks along them and merges the few runs, one per
 * object. Since a stable sort's result depends only on the keys and, among equal keys, on the order within each
 * object, arranging each object's faces by the very same key, equal keys in the order the faces were composed
 * in, leaves the picture exactly as it was.
 */
final class DepthOrder {

    private final Object3D object;
    /** The object's faces in the order they were composed in, which breaks ties between equal depths. */
    private final Face[] composed;

    /** @param object an object whose faces are still in the order they were composed in */
    DepthOrder(Object3D object) {
        this.object = object;
        this.composed = object.getFaces().toArray(new Face[0]);
    }

    /** Reorders the faces of the object in place, nearest last, as Orson will order them from {@code view}. */
    void arrange(ViewPoint3D view) {
        int count = composed.length;
        if (count < 2) {
            return;
        }
        Point3D[] eye = object.calculateEyeCoordinates(view);
        long[] keyed = new long[count];
        for (int k = 0; k < count; k++) {
            keyed[k] = (long) sortable(meanDepth(composed[k], eye)) << 32 | k;
        }
        Arrays.sort(keyed);
        List<Face> faces = object.getFaces();
        for (int k = 0; k < count; k++) {
            faces.set(k, composed[(int) keyed[k]]);
        }
    }

    /** The face's mean eye-space depth, rounded as Orson's painter's sort rounds it. */
    static float meanDepth(Face face, Point3D[] eye) {
        float total = 0;
        int corners = face.getVertexCount();
        for (int k = 0; k < corners; k++) {
            total = total + (float) eye[face.getVertexIndex(k) - face.getOffset()].getZ();
        }
        return total / corners;
    }

    /** An int whose signed order is {@link Float#compare}'s order of the floats. */
    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ (bits >> 31 & Integer.MAX_VALUE);
    }
}
