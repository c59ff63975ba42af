package gdviz.chart.surface;

import gdviz.core.grid.SampledGrid;
import java.awt.Color;
import java.util.Arrays;
import org.jfree.chart3d.graphics3d.DoubleSidedFace;
import org.jfree.chart3d.graphics3d.Face;
import org.jfree.chart3d.graphics3d.Object3D;
import org.jfree.chart3d.renderer.ColorScale;

/**
 * The surface as one 3-D object: every grid cell split into two triangles along the same diagonal, and each
 * triangle cut along the contour levels into pieces that take their band's colour, so the surface shows the
 * very bands and iso-lines of the contour map, with straight band edges rather than a staircase of cells.
 *
 * <p>Triangles with a NaN or infinite corner are left out, so the function's gaps (log x for x ≤ 0) stay open
 * instead of becoming spikes. Triangles reaching outside the height range are cut flat at the floor or the
 * top. Corners of uncut triangles are shared, which keeps the projection work per frame close to one point per
 * grid sample; the faces are double-sided so the surface can be seen from below.
 */
final class SurfaceMesh extends Solid {

    private SurfaceMesh(Color fallback) {
        super(fallback, true);
    }

    /**
     * The mesh of {@code grid} placed by {@code mapping}, cut to {@code range}, cut at {@code levels} and
     * coloured by {@code colours}.
     *
     * @param levels strictly ascending, the levels at which {@code colours} changes colour
     */
    static SurfaceMesh build(SampledGrid grid, WorldMapping mapping, HeightRange range, double[] levels,
            ColorScale colours) {
        SurfaceMesh mesh = new SurfaceMesh(colours.valueToColor(range.min()));
        new Builder(grid, mapping, range, levels, colours, mesh).addCells();
        return mesh;
    }

    @Override
    public Color getColor(Face face) {
        return face instanceof TintedFace tinted ? tinted.colour : super.getColor(face);
    }

    /** A face that carries its own colour, since the colour of one mesh varies from face to face. */
    static final class TintedFace extends DoubleSidedFace {
        private final Color colour;

        TintedFace(Object3D owner, int[] vertices, Color colour) {
            super(owner, vertices);
            this.colour = colour;
        }
    }

    private static final class Builder {
        private final SampledGrid grid;
        private final WorldMapping mapping;
        private final HeightRange range;
        private final double[] levels;
        private final ColorScale colours;
        private final SurfaceMesh mesh;
        private final HeightClip clip = new HeightClip();
        /** The mesh vertex of each grid sample once a whole triangle has used it, else −1. */
        private final int[] shared;
        private final int[] corners = new int[3];
        private final double[] xs = new double[3];
        private final double[] ys = new double[3];
        private final double[] fs = new double[3];

        Builder(SampledGrid grid, WorldMapping mapping, HeightRange range, double[] levels, ColorScale colours,
                SurfaceMesh mesh) {
            this.grid = grid;
            this.mapping = mapping;
            this.range = range;
            this.levels = levels;
            this.colours = colours;
            this.mesh = mesh;
            this.shared = new int[grid.columns() * grid.rows()];
            Arrays.fill(shared, -1);
        }

        /** Corners run so that each face's right-hand normal points up, towards f: Orson shades by it. */
        void addCells() {
            for (int j = 0; j + 1 < grid.rows(); j++) {
                for (int i = 0; i + 1 < grid.columns(); i++) {
                    addTriangle(i, j, i + 1, j + 1, i + 1, j);
                    addTriangle(i, j, i, j + 1, i + 1, j + 1);
                }
            }
        }

        private void addTriangle(int i0, int j0, int i1, int j1, int i2, int j2) {
            corner(0, i0, j0);
            corner(1, i1, j1);
            corner(2, i2, j2);
            if (!(Double.isFinite(fs[0]) && Double.isFinite(fs[1]) && Double.isFinite(fs[2]))) {
                return;
            }
            double low = Math.min(fs[0], Math.min(fs[1], fs[2]));
            double high = Math.max(fs[0], Math.max(fs[1], fs[2]));
            double floor = Math.max(low, range.min());
            double top = Math.min(high, range.max());
            int cut = firstLevelAbove(floor);
            boolean oneBand = cut == levels.length || levels[cut] >= top;
            if (oneBand && range.contains(low) && range.contains(high)) {
                addFace(new int[] {sharedVertex(corners[0]), sharedVertex(corners[1]), sharedVertex(corners[2])},
                        (low + high) / 2);
                return;
            }
            // Slabs of no thickness (a triangle touching the range at one height) would be lines, not faces.
            for (double from = floor; from < top; cut++) {
                double to = cut < levels.length && levels[cut] < top ? levels[cut] : top;
                addPiece(from, to);
                from = to;
            }
        }

        /** The index of the first level above {@code f}, or the number of levels when none is. */
        private int firstLevelAbove(double f) {
            int found = Arrays.binarySearch(levels, f);
            return found >= 0 ? found + 1 : -found - 1;
        }

        private void corner(int k, int i, int j) {
            corners[k] = j * grid.columns() + i;
            xs[k] = grid.x(i);
            ys[k] = grid.y(j);
            fs[k] = grid.value(i, j);
        }

        private int sharedVertex(int sample) {
            if (shared[sample] < 0) {
                int i = sample % grid.columns();
                int j = sample / grid.columns();
                shared[sample] = mesh.getVertexCount();
                mesh.addVertex(mapping.point(grid.x(i), grid.y(j), grid.value(i, j)));
            }
            return shared[sample];
        }

        /** Adds the part of the current triangle with {@code from} ≤ f ≤ {@code to}, coloured by its band. */
        private void addPiece(double from, double to) {
            clip.clip(xs, ys, fs, from, to);
            int n = clip.count();
            if (n < 3) {
                return;
            }
            int[] face = new int[n];
            for (int k = 0; k < n; k++) {
                face[k] = mesh.getVertexCount();
                mesh.addVertex(mapping.point(clip.x(k), clip.y(k), clip.f(k)));
            }
            addFace(face, (from + to) / 2);
        }

        /** Adds a face coloured as {@code height}, a height inside the face's band. */
        private void addFace(int[] vertices, double height) {
            mesh.addFace(new TintedFace(mesh, vertices, colours.valueToColor(height)));
        }
    }
}
