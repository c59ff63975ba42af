package gdviz.core.descent;

/** The one check every {@link UpdateRule#start(int)} makes. */
final class Dimension {

    private Dimension() {
    }

    static int require(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
        }
        return dimension;
    }
}
