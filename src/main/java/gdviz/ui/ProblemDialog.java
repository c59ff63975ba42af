package gdviz.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows a problem, such as a file that could not be written, in a dialog over the window. */
final class ProblemDialog implements Consumer<String> {

    private final Supplier<Window> owner;

    ProblemDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void accept(String problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("gdviz");
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.show();
    }
}
