package gdviz.bench;

import gdviz.app.Launcher;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Window;

/**
 * Starts the app exactly as {@code java -jar gdviz.jar} does and prints {@code first-frame} at the first pulse
 * that lays out the shown window, then {@code first-map} once the contour map's picture is in it, and exits.
 * The parent times both lines from the moment it started this JVM.
 */
public final class StartupProbe {

    private static boolean framed;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(StartupProbe::watchWhenToolkitRuns, "startup-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[0]);
    }

    /** The toolkit refuses work until the app starts it; try until it takes the watch. */
    private static void watchWhenToolkitRuns() {
        while (true) {
            try {
                Platform.runLater(StartupProbe::watchWindows);
                return;
            } catch (IllegalStateException notYet) {
                Fx.sleep(1);
            }
        }
    }

    private static void watchWindows() {
        Window.getWindows().forEach(StartupProbe::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(StartupProbe::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> watch(scene));
    }

    private static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            if (!framed) {
                framed = true;
                say("first-frame");
            }
            if (scene.lookup("#contour-map") instanceof Pane map && map.getChildren().get(0) instanceof ImageView image
                    && image.getImage() != null) {
                say("first-map");
                System.exit(0);
            }
        });
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
