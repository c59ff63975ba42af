package gdviz.app;

import gdviz.ui.MainView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the main view. */
public final class GdvizApp extends Application {

    static final String TITLE = "gdviz \u2013 gradient descent, visible";

    /** Starts the JavaFX toolkit and opens the window; returns when the window closes. */
    static void open(String[] args) {
        Application.launch(GdvizApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainView view = new MainView();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setTitle(TITLE);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
    }
}
