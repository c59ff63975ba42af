package gdviz.ui.about;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About gdviz: the version, the Java and JavaFX it runs on, and the libraries with their licences. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /**
     * A dialog over {@code owner} (null for none), not yet shown.
     *
     * @param icon the application icon to show beside the version, or null
     */
    public static Alert create(Window owner, AboutInfo info, Image icon) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.setTitle("About gdviz");
        alert.setHeaderText("gdviz " + info.version() + "\nGradient descent, visible");
        if (icon != null) {
            alert.setGraphic(new ImageView(icon));
        }
        Label runtime = new Label("Running on " + AboutInfo.javaRuntime() + " and " + AboutInfo.javafxRuntime());
        runtime.setId("about-runtime");
        runtime.setWrapText(true);
        VBox content = new VBox(10, runtime, new Label("Libraries built in:"), libraries(info));
        content.getStyleClass().add("about");
        alert.getDialogPane().setContent(content);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    private static GridPane libraries(AboutInfo info) {
        GridPane grid = new GridPane();
        grid.setId("about-libraries");
        grid.getStyleClass().add("about-libraries");
        grid.setHgap(18);
        grid.setVgap(3);
        int row = 0;
        for (Library library : info.libraries()) {
            grid.addRow(row++, new Label(library.name()), new Label(library.version()), new Label(library.licence()));
        }
        return grid;
    }
}
