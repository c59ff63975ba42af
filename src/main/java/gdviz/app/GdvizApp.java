package gdviz.app;

import gdviz.ui.MainView;
import gdviz.ui.about.AppIcon;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window holding the main view, at the size and layout of the last run, showing the
 * lesson file given as the only argument, if any.
 */
public final class GdvizApp extends Application {

    static final String TITLE = "gdviz \u2013 gradient descent, visible";
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** Starts the JavaFX toolkit and opens the window; returns when the window closes. */
    static void open(String[] args) {
        Application.launch(GdvizApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainView view = new MainView();
        WindowMemory memory = new WindowMemory(Preferences.userNodeForPackage(GdvizApp.class).node("window"));
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        view.install(scene);
        stage.titleProperty().bind(view.lessonState().titleProperty()
                .map(lesson -> lesson.isEmpty() ? TITLE : lesson + " \u2013 gdviz"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        memory.restore(stage, view.splitPanes());
        stage.setOnHidden(event -> memory.remember(stage, view.splitPanes()));
        stage.show();
        // Decoding the six icon sizes takes the JavaFX thread a noticeable moment; the desktop takes them as well
        // a moment after the window opens.
        CompletableFuture.supplyAsync(AppIcon::all).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater);
        List<String> lesson = getParameters().getRaw();
        if (lesson.size() == 1) {
            // After show(), so that a problem with the file appears in a dialog over the open window.
            view.openLesson(Path.of(lesson.get(0)));
        }
    }
}
