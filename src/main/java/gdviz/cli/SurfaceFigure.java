package gdviz.cli;

import gdviz.chart.Figure;
import gdviz.chart.surface.SurfaceChart;
import gdviz.chart.surface.SurfaceSpec;
import gdviz.core.DifferentiableFunction;
import gdviz.core.grid.Domain;

/**
 * The 3-D surface of a function of two variables with the whole descent path lying on it, seen from the app's
 * home view: the map's region, levels and colours, and its f axis clipped as the app clips it.
 */
final class SurfaceFigure {

    /**
     * Mesh cells along each side: the app's still view. Twice as many take twice the drawing time and make an
     * SVG three times larger (Rosenbrock: 37 MB against 12 MB).
     */
    static final int CELLS = SurfaceChart.STILL_CELLS;

    private SurfaceFigure() {
    }

    /**
     * The surface of {@code request}. Its region is the map's without the widening that gives the map's axes the
     * same scale: the surface's floor is shaped by the region itself.
     */
    static Figure create(PlotRequest request) throws UserInputException {
        DifferentiableFunction f = request.function().compile();
        Domain region = request.domain() == null ? PlotRegion.forMap(request.path(), request.preset())
                : MapFigure.explicitRegion(request);
        SurfaceSpec beside = SurfaceSpec.beside(MapFigure.spec(request, f, region), f);
        // Untitled: the figure draws the title as the map and curve have theirs, wrapped where it is long.
        SurfaceChart surface = SurfaceChart.create(new SurfaceSpec(f, beside.domain(), beside.heights(),
                beside.levels(), null), CELLS);
        surface.showPath(request.path(), request.last());
        return Figure.titled(request.title(), surface.figure(true));
    }
}
