package gdviz.ui;

import gdviz.ui.function.FunctionEditor;
import gdviz.ui.function.FunctionModel;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

/** The window's content: the function editor on the left, the views beside it. */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final FunctionModel functionModel = new FunctionModel();

    public MainView() {
        FunctionEditor editor = new FunctionEditor(functionModel);
        root.setLeft(editor.root());
        BorderPane.setMargin(editor.root(), new Insets(12));
        root.getStyleClass().add("main-view");
    }

    public Parent root() {
        return root;
    }

    /** The application's style sheet, to add to the scene. */
    public static String stylesheet() {
        return MainView.class.getResource("gdviz.css").toExternalForm();
    }
}
