package gdviz.app;

import gdviz.cli.GdvizCli;

/**
 * The entry point of {@code gdviz.jar}: no arguments opens the app, a subcommand runs headless.
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
        if (args.length == 0) {
            GdvizApp.open(args);
        } else {
            System.exit(GdvizCli.execute(args, System.out, System.err));
        }
    }
}
