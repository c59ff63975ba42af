package gdviz.chart.surface;

import org.jfree.chart3d.graphics3d.Point3D;

/** A point or direction in Orson's world, with the few operations the path's solids need. */
record Vec(double x, double y, double z) {

    static final Vec UP = new Vec(0, 1, 0);

    static Vec of(Point3D p) {
        return new Vec(p.x, p.y, p.z);
    }

    Vec plus(Vec v) {
        return new Vec(x + v.x, y + v.y, z + v.z);
    }

    Vec minus(Vec v) {
        return new Vec(x - v.x, y - v.y, z - v.z);
    }

    Vec times(double s) {
        return new Vec(x * s, y * s, z * s);
    }

    double dot(Vec v) {
        return x * v.x + y * v.y + z * v.z;
    }

    Vec cross(Vec v) {
        return new Vec(y * v.z - z * v.y, z * v.x - x * v.z, x * v.y - y * v.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    /** This direction scaled to {@code size}; the zero vector stays zero. */
    Vec withLength(double size) {
        double length = length();
        return length == 0 ? this : times(size / length);
    }

    Point3D point() {
        return new Point3D(x, y, z);
    }
}
