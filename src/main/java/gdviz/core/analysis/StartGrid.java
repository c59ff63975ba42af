package gdviz.core.analysis;

import gdviz.core.grid.Domain;
import java.util.Objects;

/**
 * Start points at the centres of {@code columns × rows} equal cells tiling a domain, so that each result
 * colours one cell of a picture of the domain. Column {@code i} has x = xMin + (i + ½)·width/columns; row
 * {@code j} has y = yMin + (j + ½)·height/rows, row 0 at the bottom.
 *
 * @param domain  the region; not null
 * @param columns cells along x, 1 to {@value #MAX_SIDE}
 * @param rows    cells along y, 1 to {@value #MAX_SIDE}
 */
public record StartGrid(Domain domain, int columns, int rows) {

    /** The side of {@link #square(Domain)}: 3600 runs, fine enough to show the basins' borders. */
    public static final int DEFAULT_SIDE = 60;

    /** The most cells along a side: each cell is a whole descent run. */
    public static final int MAX_SIDE = 2000;

    /** @throws IllegalArgumentException if a side is out of range */
    public StartGrid {
        Objects.requireNonNull(domain, "domain");
        requireSide("columns", columns);
        requireSide("rows", rows);
    }

    private static void requireSide(String name, int cells) {
        if (cells < 1 || cells > MAX_SIDE) {
            throw new IllegalArgumentException("the " + name + " of a start grid must be from 1 to " + MAX_SIDE
                    + ", got " + cells);
        }
    }

    /** {@value #DEFAULT_SIDE} × {@value #DEFAULT_SIDE} cells over {@code domain}. */
    public static StartGrid square(Domain domain) {
        return new StartGrid(domain, DEFAULT_SIDE, DEFAULT_SIDE);
    }

    /** The x of column {@code i}'s centre. */
    public double x(int column) {
        return domain.xMin() + (column + 0.5) * domain.width() / columns;
    }

    /** The y of row {@code j}'s centre. */
    public double y(int row) {
        return domain.yMin() + (row + 0.5) * domain.height() / rows;
    }
}
