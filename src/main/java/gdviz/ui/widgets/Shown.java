package gdviz.ui.widgets;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows nodes only while a condition holds, and lets the layout close the gap while they are hidden. */
public final class Shown {

    private Shown() {
    }

    public static void onlyWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
