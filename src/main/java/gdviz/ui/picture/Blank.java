package gdviz.ui.picture;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** Clears canvases that an {@code FXGraphics2D} paints on. */
final class Blank {

    private Blank() {
    }

    /**
     * Clears all of {@code canvas}. The transform that the last painting left on its graphics context is set aside
     * first: a shifted context would clear a shifted area and leave old pixels behind.
     */
    static void clear(Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }
}
