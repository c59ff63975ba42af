package gdviz.chart;

import gdviz.core.grid.Domain;
import gdviz.core.grid.IsoLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Iso-lines as thin dark lines, each labelled once with its level on a pale tag so it reads on every band. */
final class IsoLineLayer extends GeometryAnnotation {

    private static final Color LINE = new Color(0, 0, 0, 140);
    private static final float LINE_WIDTH = 0.8f;
    private static final Color TAG = new Color(255, 255, 255, 200);
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** A label closer than this fraction of the domain to its edge would be cut off by the plot. */
    private static final double EDGE_MARGIN = 0.06;
    /** Pixels kept free between two tags. */
    private static final double LABEL_GAP = 2;

    /** Each line's segments joined into polylines, once per map rather than per drawing. */
    private final List<List<double[]>> polylines;
    private final String[] labels;
    private final double[][] anchors;
    /** Longest lines first: where tags crowd, the large outer lines keep theirs and the small rings give way. */
    private final int[] labelOrder;
    private final MinimaLayer minima;
    /** Butt caps and bevel joins, the cheapest to stroke: at this width they look like round ones. */
    private final BasicStroke stroke;
    private final Font font;

    /**
     * @param lines  the traced lines, line k at level k
     * @param labels the level texts
     * @param domain the domain the lines were traced over
     * @param minima the stars drawn over the map, which no tag may cover
     * @param scale  line width and label size over the standard ones, 1 or more
     */
    IsoLineLayer(List<IsoLine> lines, LevelLabels labels, Domain domain, MinimaLayer minima, double scale) {
        this.stroke = new BasicStroke((float) (LINE_WIDTH * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
        this.font = FONT.deriveFont((float) (FONT.getSize2D() * scale));
        // Lines are joined independently of each other: on all cores, in level order.
        this.polylines = lines.parallelStream().map(line -> Polylines.join(line.segments())).toList();
        this.minima = minima;
        this.labels = new String[lines.size()];
        this.anchors = new double[lines.size()][];
        for (int k = 0; k < lines.size(); k++) {
            this.labels[k] = labels.level(k);
            this.anchors[k] = labelAnchor(lines.get(k), domain);
        }
        this.labelOrder = IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparingInt((Integer k) -> lines.get(k).segmentCount()).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The line's own label point when it lies well inside the domain, otherwise the segment midpoint farthest
     * from the domain's edges: lines that run off the map would else be labelled at the edge, half hidden.
     */
    static double[] labelAnchor(IsoLine line, Domain domain) {
        double[] preferred = line.labelPoint();
        if (preferred == null || interiority(preferred[0], preferred[1], domain) >= EDGE_MARGIN) {
            return preferred;
        }
        double[] s = line.segments();
        double[] best = preferred;
        double bestDepth = interiority(preferred[0], preferred[1], domain);
        for (int k = 0; k + 3 < s.length; k += 4) {
            double x = (s[k] + s[k + 2]) / 2;
            double y = (s[k + 1] + s[k + 3]) / 2;
            double depth = interiority(x, y, domain);
            if (depth > bestDepth) {
                bestDepth = depth;
                best = new double[] {x, y};
            }
        }
        return best;
    }

    /** Distance to the nearest edge as a fraction of the domain's size along that axis. */
    private static double interiority(double x, double y, Domain d) {
        return Math.min(Math.min(x - d.xMin(), d.xMax() - x) / d.width(), Math.min(y - d.yMin(), d.yMax() - y)
                / d.height());
    }

    @Override
    void paint(Graphics2D g2, MapGeometry geometry) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setPaint(LINE);
        g2.setStroke(stroke);
        // Each line is thinned to screen vertices on its own core, then all are stroked as one path in level order.
        List<Path2D.Double> parts = polylines.parallelStream().map(line -> {
            Path2D.Double part = new Path2D.Double(Path2D.WIND_NON_ZERO, 1024);
            line.forEach(polyline -> Polylines.append(part, polyline, geometry));
            return part;
        }).toList();
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 4096);
        parts.forEach(part -> path.append(part, false));
        // The costliest part of drawing a map: tens of thousands of short anti-aliased strokes.
        BandedRaster.draw(g2, path);
        g2.setFont(font);
        // A star half hidden behind a tag reads as part of the number: the tags give way to the stars.
        List<Rectangle2D> placed = new ArrayList<>(minima.footprints(geometry));
        for (int k : labelOrder) {
            if (anchors[k] != null) {
                label(g2, geometry, labels[k], geometry.toScreenX(anchors[k][0]), geometry.toScreenY(anchors[k][1]),
                        placed);
            }
        }
    }

    /**
     * A tag centred on (x, y), moved inside the data area if it would stick out, and left out if it would
     * cover a tag already placed or a star (the colour bar still names every level).
     */
    private static void label(Graphics2D g2, MapGeometry geometry, String text, double x, double y,
                              List<Rectangle2D> placed) {
        FontMetrics metrics = g2.getFontMetrics();
        double width = metrics.stringWidth(text) + 4;
        double height = metrics.getAscent() + 2;
        double left = Math.max(geometry.left(), Math.min(geometry.right() - width, x - width / 2));
        double top = Math.max(geometry.top(), Math.min(geometry.bottom() - height, y - height / 2));
        Rectangle2D tag = new Rectangle2D.Double(left, top, width, height);
        Rectangle2D clearance = new Rectangle2D.Double(left - LABEL_GAP, top - LABEL_GAP, width + 2 * LABEL_GAP,
                height + 2 * LABEL_GAP);
        for (Rectangle2D other : placed) {
            if (other.intersects(clearance)) {
                return;
            }
        }
        placed.add(tag);
        g2.setPaint(TAG);
        g2.fill(new RoundRectangle2D.Double(left, top, width, height, 4, 4));
        g2.setPaint(TEXT);
        g2.drawString(text, (float) (left + 2), (float) (top + height - 2));
    }
}
