package gdviz.ui.export;

import gdviz.chart.Figure;

/**
 * What a picture in the window shows, ready to be drawn again by the command line's renderer.
 *
 * @param figure draws it; the chart is built when it is drawn, so failures surface as the renderer's
 * @param width  its width on screen in layout pixels
 * @param height its height on screen in layout pixels
 */
public record ShownFigure(Figure figure, int width, int height) {
}
