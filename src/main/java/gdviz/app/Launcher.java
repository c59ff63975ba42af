package gdviz.app;

import gdviz.cli.GdvizCli;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry point of {@code gdviz.jar}: no arguments opens the app, a single lesson file (a name ending in
 * {@code .gdviz.json}, or an existing {@code .json} file) opens the app on that lesson, a subcommand runs headless.
 *
 * <p>This class must not extend {@code javafx.application.Application}: the JavaFX launcher refuses to start an
 * Application main class from a plain class-path jar, and the command line must run where no display exists,
 * so JavaFX classes are touched only on the app path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Charts are drawn into images with Java 2D and never shown in AWT windows; headless AWT keeps it from
        // competing with JavaFX for the display (which deadlocks on some platforms).
        System.setProperty("java.awt.headless", "true");
        if (args.length == 0 || isLesson(args)) {
            GdvizApp.open(args);
        } else {
            System.exit(GdvizCli.execute(args, System.out, System.err));
        }
    }

    /**
     * Whether the arguments name a lesson to open rather than a command: one argument ending in .gdviz.json (even
     * a missing file, so that the window can say what is wrong) or naming an existing .json file.
     */
    static boolean isLesson(String[] args) {
        if (args.length != 1) {
            return false;
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        try {
            Path file = Path.of(args[0]);
            return name.endsWith(".gdviz.json") || name.endsWith(".json") && Files.isRegularFile(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
