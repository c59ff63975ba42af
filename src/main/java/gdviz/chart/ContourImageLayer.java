package gdviz.chart;

import gdviz.core.grid.Domain;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The filled contour image, stretched over the map so that each pixel's centre sits on its sample: the image
 * reaches half a sample spacing beyond the domain on every side (the plot clips that off), which keeps the
 * bands exactly in register with the iso-lines traced through the same samples.
 */
final class ContourImageLayer extends GeometryAnnotation {

    private final BufferedImage image;
    private final Domain domain;

    /**
     * @param image  one pixel per sample, row 0 at the top
     * @param domain the rectangle the samples span edge to edge
     */
    ContourImageLayer(BufferedImage image, Domain domain) {
        this.image = image;
        this.domain = domain;
    }

    @Override
    void paint(Graphics2D g2, MapGeometry geometry) {
        double halfDx = domain.width() / (image.getWidth() - 1) / 2;
        double halfDy = domain.height() / (image.getHeight() - 1) / 2;
        double left = geometry.toScreenX(domain.xMin() - halfDx);
        double right = geometry.toScreenX(domain.xMax() + halfDx);
        double top = geometry.toScreenY(domain.yMax() + halfDy);
        double bottom = geometry.toScreenY(domain.yMin() - halfDy);
        AffineTransform placement = new AffineTransform(
                (right - left) / image.getWidth(), 0, 0, (bottom - top) / image.getHeight(), left, top);
        // Bands have sharp edges; smoothing would invent colours that belong to no band.
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, placement, null);
    }
}
