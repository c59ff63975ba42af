package gdviz.bench;

import gdviz.chart.MapSpec;
import gdviz.cli.GdvizCli;
import gdviz.core.descent.Trajectory;
import gdviz.core.grid.Domain;
import gdviz.ui.Workbench;
import gdviz.ui.layout.PictureLayout;
import gdviz.ui.surface.SurfaceFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * One fork of the rendering benchmark: the real window in the headless toolkit (software pipeline) and the
 * {@code plot} command in-process. Prints {@code sample METRIC MS} per measured repetition after warm-up and
 * {@code value METRIC VALUE UNIT} for facts about the set-up.
 *
 * <p>Arguments: measured samples per metric, figure renders. The system property {@code bench.views}
 * (comma-separated: figure, path_update, surface_rotate, frame, map_update) measures only those, to profile one.
 */
public final class RenderProbe {

    /** The rate the Rosenbrock preset starts with, and a neighbour to switch to and back. */
    private static final double[] RATES = {0.0015, 0.0014};
    /** The path length the metrics name. */
    private static final int STEPS = 1000;
    /** Samples of the map's longer side that the frame and map metrics name. */
    private static final int MAP_SAMPLES = 600;
    /** The headless screen: large enough for a window whose map samples {@link #MAP_SAMPLES} a side. */
    static final String SCREEN = "4000x2500-32";

    private final int samples;
    private final int warmups;

    private RenderProbe(int samples) {
        this.samples = samples;
        this.warmups = Math.max(5, samples / 3);
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.parseInt(args[0]);
        int figureRuns = Integer.parseInt(args[1]);
        RenderProbe probe = new RenderProbe(samples);
        if (wanted("figure")) {
            probe.figure(figureRuns);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        BenchWindow window = Fx.call(() -> BenchWindow.open(1280, 800));
        try {
            probe.onRosenbrock(window);
            if (wanted("path_update")) {
                probe.pathUpdate(window);
            }
            if (wanted("surface_rotate")) {
                probe.surfaceRotate(window);
            }
            BenchWindow large = probe.mapSized(window);
            if (wanted("frame")) {
                probe.frame(large);
                probe.frameIdle(large);
            }
            if (wanted("map_update")) {
                probe.mapUpdate(large);
            }
            Fx.run(large::close);
        } finally {
            Platform.exit();
        }
    }

    private static boolean wanted(String metric) {
        String only = System.getProperty("bench.views", "");
        return only.isBlank() || java.util.List.of(only.split(",")).contains(metric);
    }

    private static void sample(String metric, long nanos) {
        System.out.println(String.format(Locale.ROOT, "sample %s %.4f", metric, nanos / 1e6));
    }

    private static void value(String metric, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "value %s %s %s", metric, value, unit));
    }

    /** The figure of the matplotlib comparison through the {@code plot} command, encoding and writing included. */
    private void figure(int runs) throws IOException {
        Path dir = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty(
                "java.io.tmpdir"));
        Path out = Files.createTempFile(dir, "gdviz-bench-figure", ".png");
        String[] args = {"plot", "--function", BenchFunction.ROSENBROCK.text(), "--start", "-1.5,2", "--rate",
            "0.0015", "--steps", String.valueOf(STEPS), "--tolerance", "0", "--view", "contour", "--size",
            "1280x800", "--levels", "15", "--log-levels", "--samples", String.valueOf(MAP_SAMPLES), "--out",
            out.toString()};
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try {
            for (int k = 0; k < Math.max(3, runs / 2) + runs; k++) {
                long t0 = System.nanoTime();
                int exit = GdvizCli.execute(args, quiet, quiet);
                long t1 = System.nanoTime();
                if (exit != GdvizCli.EXIT_DONE) {
                    throw new IllegalStateException("plot failed with exit code " + exit);
                }
                if (k >= Math.max(3, runs / 2)) {
                    sample("figure_png_ms", t1 - t0);
                }
            }
            value("figure_png_bytes", Files.size(out), "bytes");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Rosenbrock from (−1.5, 2): a path of exactly {@link #STEPS} steps at both rates, shown complete. */
    private void onRosenbrock(BenchWindow window) {
        Fx.run(() -> {
            Workbench w = window.workbench();
            w.choose(BenchWindow.preset("Rosenbrock"));
            w.descent().maxIterationsProperty().set(STEPS);
            w.descent().toleranceProperty().set(0);
        });
        window.awaitSettled();
        Trajectory path = Fx.call(() -> window.workbench().descent().trajectoryProperty().get());
        if (path.size() - 1 != STEPS) {
            throw new IllegalStateException("the Rosenbrock path has " + (path.size() - 1) + " steps, not " + STEPS);
        }
    }

    /** A learning-rate change until the new complete path is drawn on the map at 1280×800. */
    private void pathUpdate(BenchWindow window) {
        Node map = Fx.call(() -> window.lookup("#contour-map"));
        Workbench w = window.workbench();
        for (int k = 0; k < warmups + samples; k++) {
            double rate = RATES[(k + 1) % 2];
            CompletableFuture<Long> drawn = new CompletableFuture<>();
            javafx.beans.value.ChangeListener<Trajectory> whenRun = (obs, old, now) -> {
                window.draw(map);
                drawn.complete(System.nanoTime());
            };
            Fx.run(() -> w.descent().trajectoryProperty().addListener(whenRun));
            long t0 = System.nanoTime();
            Platform.runLater(() -> w.descent().rateProperty().set(rate));
            long t1 = drawn.join();
            Fx.run(() -> w.descent().trajectoryProperty().removeListener(whenRun));
            if (k >= warmups) {
                sample("path_update_ms", t1 - t0);
            }
            window.awaitSettled();
        }
    }

    /** One redraw of the surface while the user drags it round: from the mouse event to the frame drawn. */
    private void surfaceRotate(BenchWindow window) {
        Node surface = Fx.call(() -> window.lookup("#surface-view"));
        Point2D centre = Fx.call(() -> {
            Bounds b = surface.getLayoutBounds();
            return surface.localToScreen(b.getCenterX(), b.getCenterY());
        });
        Fx.run(() -> Event.fireEvent(surface, mouse(MouseEvent.MOUSE_PRESSED, surface, centre.getX(),
                centre.getY())));
        double x = centre.getX();
        for (int k = 0; k < warmups + samples; k++) {
            x += (k / 40) % 2 == 0 ? 4 : -4;
            double at = x;
            SurfaceFrame before = Fx.call(() -> window.view.surfaceFrame());
            long t0 = System.nanoTime();
            Platform.runLater(() -> Event.fireEvent(surface, mouse(MouseEvent.MOUSE_DRAGGED, surface, at,
                    centre.getY())));
            Fx.waitUntil("a surface frame", () -> window.view.surfaceFrame() != before
                    && window.view.surfaceUpToDate());
            Fx.run(() -> window.draw(surface));
            long t1 = System.nanoTime();
            boolean draft = Fx.call(() -> window.view.surfaceFrame().draft());
            if (k >= warmups && draft) {
                sample("surface_rotate_ms", t1 - t0);
            }
        }
        Fx.run(() -> Event.fireEvent(surface, mouse(MouseEvent.MOUSE_RELEASED, surface, centre.getX(),
                centre.getY())));
        window.awaitSettled();
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node target, double screenX,
            double screenY) {
        Point2D local = target.screenToLocal(screenX, screenY);
        return new MouseEvent(target, target, type, local.getX(), local.getY(), screenX, screenY,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null);
    }

    /**
     * A window with the map alone (surface in the other tab) in which the map samples about 600 a side. The
     * controls beside the map keep their size, so the window's scale is found by the secant method from the
     * samples at two sizes.
     */
    private BenchWindow mapSized(BenchWindow first) {
        BenchWindow window = first;
        double scale = 1;
        double previousScale = Double.NaN;
        double previousSamples = Double.NaN;
        for (int attempt = 0; attempt < 4; attempt++) {
            BenchWindow shown = window;
            Fx.run(() -> shown.layout(PictureLayout.TABS));
            shown.awaitSettled();
            MapSpec spec = Fx.call(() -> shown.view.mapSpec());
            int samples = Math.max(spec.grid().columns(), spec.grid().rows());
            if (Math.abs(samples - MAP_SAMPLES) <= 3) {
                break;
            }
            double slope = Double.isNaN(previousScale) ? samples / scale
                    : (samples - previousSamples) / (scale - previousScale);
            previousScale = scale;
            previousSamples = samples;
            scale += (MAP_SAMPLES - samples) / slope;
            double next = scale;
            Fx.run(shown::close);
            window = Fx.call(() -> BenchWindow.open(Math.round(1280 * next), Math.round(800 * next)));
            onRosenbrock(window);
        }
        BenchWindow sized = window;
        MapSpec spec = Fx.call(() -> sized.view.mapSpec());
        value("map_sample_columns", spec.grid().columns(), "samples");
        value("map_sample_rows", spec.grid().rows(), "samples");
        value("map_levels", spec.levels().length, "levels");
        return window;
    }

    /** One animation frame of the map: the next step of the path shown and the map drawn. */
    private void frame(BenchWindow window) {
        Node map = Fx.call(() -> window.lookup("#contour-map"));
        Workbench w = window.workbench();
        FrameCpu cpu = FrameCpu.ofToolkit();
        for (int k = 0; k < warmups + samples; k++) {
            int step = k % STEPS;
            long cpu0 = cpu.nanos();
            long nanos = Fx.call(() -> {
                long t0 = System.nanoTime();
                w.playback().currentProperty().set(step);
                window.draw(map);
                return System.nanoTime() - t0;
            });
            if (k >= warmups) {
                sample("frame_ms", nanos);
                sample("frame_cpu_ms", cpu.nanos() - cpu0);
            }
        }
    }

    /**
     * The floor under {@link #frame}: the same snapshot of the map with nothing changed since the last one, so
     * that a frame's cost splits into what the pipeline pays per snapshot and what a step adds.
     */
    private void frameIdle(BenchWindow window) {
        Node map = Fx.call(() -> window.lookup("#contour-map"));
        FrameCpu cpu = FrameCpu.ofToolkit();
        for (int k = 0; k < warmups + samples; k++) {
            long cpu0 = cpu.nanos();
            long nanos = Fx.call(() -> {
                long t0 = System.nanoTime();
                window.draw(map);
                return System.nanoTime() - t0;
            });
            if (k >= warmups) {
                sample("frame_idle_ms", nanos);
                sample("frame_idle_cpu_ms", cpu.nanos() - cpu0);
            }
        }
    }

    /** A zoom to a new region until the new map is drawn. */
    private void mapUpdate(BenchWindow window) {
        Node map = Fx.call(() -> window.lookup("#contour-map"));
        Domain home = Fx.call(() -> window.workbench().region().domain());
        Domain zoomed = home.zoomedAbout((home.xMin() + home.xMax()) / 2, (home.yMin() + home.yMax()) / 2, 0.8);
        for (int k = 0; k < warmups + samples; k++) {
            Domain wanted = k % 2 == 0 ? zoomed : home;
            MapSpec before = Fx.call(() -> window.view.mapSpec());
            long t0 = System.nanoTime();
            Platform.runLater(() -> window.workbench().region().show(wanted));
            Fx.waitUntil("the new map", () -> window.view.mapSpec() != before
                    && window.view.mapSpec().grid().domain().equals(window.workbench().region().domain())
                    && window.view.picturesUpToDate());
            Fx.run(() -> window.draw(map));
            long t1 = System.nanoTime();
            if (k >= warmups) {
                sample("map_update_ms", t1 - t0);
            }
        }
    }

}
