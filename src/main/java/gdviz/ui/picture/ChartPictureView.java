package gdviz.ui.picture;

import gdviz.chart.ChartOverlay;
import gdviz.chart.Figure;
import gdviz.chart.MapGeometry;
import gdviz.ui.background.Coalescer;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.export.ShownFigure;
import gdviz.ui.widgets.Screens;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import java.util.function.Function;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A chart shown as an image drawn in the background, with transparent layers over it for what moves. The
 * image is redrawn only when the recipe or the size changes. Over it, from the bottom: the overlay, a run's trail
 * on tiles that are repainted only where a step changed it, the run's mark on a small canvas that moves with it,
 * and what goes above the run. While a new image is being made the old one stays, so the window never flashes
 * blank.
 */
public final class ChartPictureView {

    /** Below this size there is no room for a chart (a collapsed split pane). */
    private static final double SMALLEST = 40;

    private final Pane root = new Pane();
    private final ImageView image = new ImageView();
    private final Canvas overlay = new Canvas();
    private final FXGraphics2D overlayGraphics;
    private final TrailTiles trailTiles = new TrailTiles();
    private final MarkLayer markLayer = new MarkLayer();
    private final Canvas aboveCanvas = new Canvas();
    private final FXGraphics2D aboveGraphics;
    private final Label message = new Label();
    private final LatestOnly renders;
    private final Coalescer renderSoon;
    private final ReadOnlyObjectWrapper<MapGeometry> geometry = new ReadOnlyObjectWrapper<>(this, "geometry");
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper(this, "drawing");
    /** Counts requests, so only the result of the newest one ends {@link #drawing}. */
    private long requests;
    private ChartRecipe recipe;
    private ChartOverlay painter = ChartOverlay.NONE;
    private Trail trail = Trail.NONE;
    private ChartOverlay mark = ChartOverlay.NONE;
    private Function<MapGeometry, Rectangle2D> markBounds = area -> null;
    private ChartOverlay above = ChartOverlay.NONE;
    /** What the trail's tiles were last painted for: a step may repaint only part of them while it holds. */
    private MapGeometry trailGeometry;
    /** Whether the overlay and the layer above were last cleared with nothing painted. */
    private boolean overlayBlank = true;
    private boolean aboveBlank = true;
    private Margins margins = Margins.GUESS;
    private boolean staleWhileHidden;

    /**
     * @param renders where pictures are drawn and handed back
     * @param later   runs a render request after the current burst of changes ({@code Platform::runLater})
     */
    public ChartPictureView(LatestOnly renders, Executor later) {
        this.renders = Objects.requireNonNull(renders, "renders");
        this.renderSoon = new Coalescer(later, this::render);
        overlayGraphics = new FXGraphics2D(overlay.getGraphicsContext2D());
        aboveGraphics = new FXGraphics2D(aboveCanvas.getGraphicsContext2D());
        aboveCanvas.setMouseTransparent(true);
        overlay.setVisible(false);
        aboveCanvas.setVisible(false);
        message.getStyleClass().add("picture-message");
        message.setWrapText(true);
        message.setVisible(false);
        image.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        root.getStyleClass().add("chart-picture");
        root.getChildren().addAll(image, overlay, trailTiles.node(), markLayer.node(), aboveCanvas, message);
        root.setMinSize(0, 0);
        root.widthProperty().addListener(resized -> sizeChanged());
        root.heightProperty().addListener(resized -> sizeChanged());
        root.visibleProperty().addListener((obs, was, visible) -> {
            if (visible && staleWhileHidden) {
                staleWhileHidden = false;
                requestRender();
            }
        });
    }

    /** The node to place in a layout; it takes whatever size it is given. */
    public Region node() {
        return root;
    }

    /** Where the data area of the shown picture is; null until the first picture arrives. */
    public ReadOnlyObjectProperty<MapGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    /** Whether a newer picture than the one shown is being drawn. */
    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /**
     * What the view shows now, as a figure drawn afresh by the same recipe and overlay at the size the chart has
     * on screen (without the space around it that keeps the axes' scales equal); null while it shows nothing or a
     * message.
     */
    public ShownFigure figure() {
        MapGeometry shown = geometry.get();
        ChartRecipe drawnFrom = recipe;
        ChartOverlay[] layers = {painter, trail::paint, mark, above};
        ChartOverlay over = (g2, area) -> {
            for (ChartOverlay layer : layers) {
                layer.paint(g2, area);
            }
        };
        if (drawnFrom == null || shown == null || message.isVisible()) {
            return null;
        }
        int width = (int) Math.round(margins.left() + shown.width() + margins.right());
        int height = (int) Math.round(margins.top() + shown.height() + margins.bottom());
        return new ShownFigure((g2, w, h) -> Figure.of(drawnFrom.build(w, h), over).draw(g2, w, h), width, height);
    }

    /** Draws a new picture in the background; the old one stays until it is ready. */
    public void show(ChartRecipe next) {
        recipe = Objects.requireNonNull(next, "next");
        requestRender();
    }

    /** Asks for a picture; a hidden view (the curve while a map is shown) waits until it is shown. */
    private void requestRender() {
        if (!root.isVisible()) {
            staleWhileHidden = true;
            return;
        }
        requests++;
        drawing.set(true);
        renderSoon.request();
    }

    /** What to paint over the picture, beneath a run's steps, from now on; repaints it at once. */
    public void setOverlay(ChartOverlay next) {
        painter = Objects.requireNonNull(next, "next");
        paintOverlay();
    }

    /**
     * What a run has revealed so far (its steps) from now on; repaints it at once where it changed.
     *
     * @param changed the area, in layout pixels of this view, outside which {@code next} looks as the trail shown
     *                now; null when it may differ anywhere
     */
    public void setTrail(Trail next, Rectangle2D changed) {
        trail = Objects.requireNonNull(next, "next");
        MapGeometry shown = paintedGeometry();
        trailTiles.paint(trail, shown, shown == trailGeometry ? changed : null);
        trailGeometry = shown;
    }

    /**
     * What moves with the shown step (the current point) from now on, over the trail; repaints it at once.
     *
     * @param bounds the area, in layout pixels of this view, outside which {@code next} paints nothing over a
     *               picture with the given data area; it gives null when it paints nothing
     */
    public void setMark(ChartOverlay next, Function<MapGeometry, Rectangle2D> bounds) {
        mark = Objects.requireNonNull(next, "next");
        markBounds = Objects.requireNonNull(bounds, "bounds");
        paintMark();
    }

    private void paintMark() {
        MapGeometry shown = paintedGeometry();
        markLayer.paint(mark, shown, shown == null ? null : markBounds.apply(shown));
    }

    /** What to paint above a run's steps from now on, such as a quiz's guess; repaints it at once. */
    public void setAbove(ChartOverlay next) {
        above = Objects.requireNonNull(next, "next");
        paintAbove();
    }

    /**
     * Shifts the shown picture and its overlay by some pixels, so a pan follows the pointer before the picture
     * for the new region is ready.
     */
    public void setOffset(double dx, double dy) {
        for (Node layer : new Node[] {image, overlay, trailTiles.node(), markLayer.node(), aboveCanvas}) {
            layer.setTranslateX(dx);
            layer.setTranslateY(dy);
        }
    }

    /** How far the picture is shifted right by {@link #setOffset}, in pixels. */
    double offsetX() {
        return image.getTranslateX();
    }

    /** How far the picture is shifted down by {@link #setOffset}, in pixels. */
    double offsetY() {
        return image.getTranslateY();
    }

    /** Paints every layer again over the current picture. */
    public void repaint() {
        paintOverlay();
        trailGeometry = paintedGeometry();
        trailTiles.paint(trail, trailGeometry, null);
        paintMark();
        paintAbove();
    }

    /** Where the data area of the shown picture is, or null while there is nothing to paint over. */
    private MapGeometry paintedGeometry() {
        return message.isVisible() ? null : geometry.get();
    }

    private void paintOverlay() {
        overlayBlank = paintCanvas(overlay, overlayGraphics, painter, overlayBlank);
    }

    private void paintAbove() {
        aboveBlank = paintCanvas(aboveCanvas, aboveGraphics, above, aboveBlank);
    }

    /**
     * Paints a picture-sized canvas afresh. A blank canvas is hidden, as blending its transparent pixels would
     * cost every frame of the window what drawing the picture does, and is left alone while it stays blank, as
     * clearing it would repaint the whole picture behind it.
     *
     * @return whether the canvas is blank now
     */
    private boolean paintCanvas(Canvas canvas, FXGraphics2D g2, ChartOverlay layer, boolean blank) {
        MapGeometry shown = paintedGeometry();
        boolean nothing = shown == null || layer == ChartOverlay.NONE;
        canvas.setVisible(!nothing);
        if (nothing && blank) {
            return true;
        }
        Blank.clear(canvas);
        if (!nothing) {
            layer.paint(g2, shown);
        }
        return nothing;
    }

    private void sizeChanged() {
        for (Canvas canvas : new Canvas[] {overlay, aboveCanvas}) {
            canvas.setWidth(root.getWidth());
            canvas.setHeight(root.getHeight());
        }
        trailTiles.resize(root.getWidth(), root.getHeight());
        message.setPrefWidth(root.getWidth());
        repaint();
        if (recipe != null) {
            requestRender();
        }
    }

    private void render() {
        double width = root.getWidth();
        double height = root.getHeight();
        long request = requests;
        if (recipe == null || width < SMALLEST || height < SMALLEST) {
            drawing.set(false);
            return;
        }
        ChartRecipe wanted = recipe;
        double scale = Screens.outputScale(root);
        Margins expected = margins;
        renders.submit(() -> ChartPicture.draw(wanted, width, height, scale, expected), picture -> {
            showPicture(picture);
            finished(request);
        }, failure -> {
            showMessage(failure.getMessage());
            finished(request);
        });
    }

    private void finished(long request) {
        if (request == requests) {
            drawing.set(false);
        }
    }

    private void showPicture(ChartPicture picture) {
        margins = picture.margins();
        image.setImage(picture.image());
        // One image pixel per device pixel, and on a plain screen unsmoothed: the toolkit then copies the picture
        // instead of resampling it on every repaint (the image is up to a pixel larger than the layout size).
        image.setFitWidth(picture.image().getWidth() / picture.scale());
        image.setFitHeight(picture.image().getHeight() / picture.scale());
        image.setSmooth(picture.scale() != 1);
        image.setOpacity(1);
        message.setVisible(false);
        setOffset(0, 0);
        geometry.set(picture.geometry());
        repaint();
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        image.setOpacity(0.25);
        repaint();
    }
}
