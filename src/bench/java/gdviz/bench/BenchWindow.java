package gdviz.bench;

import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import gdviz.ui.MainView;
import gdviz.ui.Workbench;
import gdviz.ui.layout.PictureLayout;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * The app's real window (the same MainView, scene and style sheet) in the headless toolkit, with its layout
 * remembered in a throw-away preferences node. Use on the JavaFX thread unless a method says otherwise.
 */
final class BenchWindow {

    final MainView view;
    final Stage stage;
    private final Preferences memory;
    private WritableImage snapshot;

    private BenchWindow(MainView view, Stage stage, Preferences memory) {
        this.view = view;
        this.stage = stage;
        this.memory = memory;
    }

    /** Opens the window at {@code width × height}; call on the JavaFX thread. */
    static BenchWindow open(double width, double height) {
        Preferences memory = Preferences.userRoot().node("gdviz-bench/" + ProcessHandle.current().pid());
        MainView view = new MainView((name, kind, pattern) -> Optional.empty(),
                problem -> System.err.println("problem: " + problem), memory);
        Stage stage = new Stage();
        Scene scene = new Scene(view.root(), width, height);
        view.install(scene);
        stage.setScene(scene);
        stage.show();
        return new BenchWindow(view, stage, memory);
    }

    Workbench workbench() {
        return view.workbench();
    }

    static Preset preset(String name) {
        return Presets.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    void layout(PictureLayout layout) {
        view.pictureLayoutProperty().set(layout);
    }

    /** Whether map, path and (when shown) surface show the current state; call on the JavaFX thread. */
    boolean settled() {
        boolean surfaceWanted = view.pictureLayoutProperty().get() == PictureLayout.SIDE_BY_SIDE;
        return view.mapGeometry() != null && workbench().descent().trajectoryProperty().get() != null
                && view.picturesUpToDate() && (!surfaceWanted || view.surfaceUpToDate());
    }

    /** Waits from the benchmark thread until {@link #settled()}. */
    void awaitSettled() {
        Fx.waitUntil("the window to show the current state", this::settled);
    }

    /** Draws {@code node} off-screen through the toolkit's own pipeline, as a frame on screen would be. */
    void draw(Node node) {
        int w = (int) Math.ceil(node.getLayoutBounds().getWidth());
        int h = (int) Math.ceil(node.getLayoutBounds().getHeight());
        if (snapshot == null || snapshot.getWidth() != w || snapshot.getHeight() != h) {
            snapshot = new WritableImage(Math.max(1, w), Math.max(1, h));
        }
        node.snapshot(new SnapshotParameters(), snapshot);
    }

    Node lookup(String id) {
        return stage.getScene().lookup(id);
    }

    void close() {
        stage.close();
        try {
            memory.removeNode();
        } catch (BackingStoreException e) {
            System.err.println("could not remove the benchmark's preferences: " + e.getMessage());
        }
    }
}
