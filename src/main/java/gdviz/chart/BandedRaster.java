package gdviz.chart;

import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.stream.IntStream;

/**
 * Graphics onto an image whose heaviest layers may rasterise on all cores: the image is cut into horizontal bands,
 * and each band is drawn by its own graphics clipped to it. Anti-aliased coverage of a pixel depends only on the
 * shape, not on the clip, so the pixels are those of one graphics drawing the whole shape.
 *
 * <p>Only graphics made by {@link #graphics} carry their image; on any other graphics (an SVG document, the
 * window's canvas) layers draw as usual.
 */
public final class BandedRaster {

    /** Names the image a graphics draws into; graphics made by {@code Graphics2D.create()} inherit it. */
    private static final RenderingHints.Key TARGET = new RenderingHints.Key(0x6764) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof BufferedImage;
        }
    };
    /** Fewer rows than this per band cost more in set-up than they save. */
    private static final int FEWEST_ROWS = 64;
    /** Bands per core: where lines crowd in one band the other cores take the next ones. */
    private static final int BANDS_PER_CORE = 2;

    private BandedRaster() {
    }

    /**
     * A graphics onto {@code image} on which this package's heaviest layers draw in parallel bands.
     *
     * @param image the image drawn into; its graphics' usual contract holds (dispose it when done)
     */
    public static Graphics2D graphics(BufferedImage image) {
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(TARGET, image);
        return g2;
    }

    /**
     * Strokes {@code shape} with {@code g2}'s paint, stroke, composite, transform, clip and hints, in parallel
     * bands when {@code g2} came from {@link #graphics}; returns when every band is drawn.
     */
    static void draw(Graphics2D g2, Shape shape) {
        render(g2, shape, false);
    }

    /** As {@link #draw} but fills {@code shape}. */
    static void fill(Graphics2D g2, Shape shape) {
        render(g2, shape, true);
    }

    private static void render(Graphics2D g2, Shape shape, boolean fill) {
        Object target = g2.getRenderingHint(TARGET);
        int height = target instanceof BufferedImage ? ((BufferedImage) target).getHeight() : 0;
        int bands = Math.min(BANDS_PER_CORE * Runtime.getRuntime().availableProcessors(), height / FEWEST_ROWS);
        if (bands < 2) {
            paint(g2, shape, fill);
            return;
        }
        BufferedImage image = (BufferedImage) target;
        // Read the state here: a graphics is not to be shared between threads.
        State state = new State(g2.getRenderingHints(), g2.getPaint(), g2.getStroke(), g2.getComposite(),
                g2.getTransform(), g2.getClip());
        IntStream.range(0, bands).parallel().forEach(band -> {
            int top = height * band / bands;
            int bottom = height * (band + 1) / bands;
            Graphics2D part = image.createGraphics();
            try {
                state.applyWithin(part, top, bottom - top, image.getWidth());
                paint(part, shape, fill);
            } finally {
                part.dispose();
            }
        });
    }

    private static void paint(Graphics2D g2, Shape shape, boolean fill) {
        if (fill) {
            g2.fill(shape);
        } else {
            g2.draw(shape);
        }
    }

    /** What a band's graphics copies from the graphics the layer was given. */
    private record State(RenderingHints hints, Paint paint, Stroke stroke, Composite composite,
                         AffineTransform transform, Shape clip) {

        /** Sets {@code part} up like the original, further clipped to rows [top, top + rows) of the image. */
        void applyWithin(Graphics2D part, int top, int rows, int width) {
            part.setRenderingHints(hints);
            part.setPaint(paint);
            part.setStroke(stroke);
            part.setComposite(composite);
            part.clipRect(0, top, width, rows);
            part.setTransform(transform);
            if (clip != null) {
                part.clip(clip);
            }
        }
    }
}
