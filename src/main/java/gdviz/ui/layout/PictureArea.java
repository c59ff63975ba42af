package gdviz.ui.layout;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The space above the step table: the plane view (the contour map, or the curve of a one-variable function) and
 * the surface, side by side or as tabs as the user chose. A one-variable function has no surface: side by side
 * the curve then takes the whole width; as tabs the curve's tab comes to the front.
 */
public final class PictureArea {

    private static final double EVEN_SPLIT = 0.5;

    private final StackPane root = new StackPane();
    private final SplitPane split = new SplitPane();
    private final TabPane tabs = new TabPane();
    private final Tab planeTab = new Tab();
    private final Tab surfaceTab = new Tab("Surface");
    private final Region plane;
    private final Region surface;
    private final ObservableBooleanValue twoVariables;
    private final ObjectProperty<PictureLayout> layout;
    private final BooleanBinding surfaceShowing;
    /** Where the divider was before the surface left the split, to put it back there on its return. */
    private double divider = EVEN_SPLIT;

    /**
     * @param plane        the map and the curve, one of which is visible
     * @param surface      the surface view
     * @param twoVariables whether the function shown has two variables (and so a surface)
     * @param layout       the layout chosen
     */
    public PictureArea(Region plane, Region surface, ObservableBooleanValue twoVariables,
            ObjectProperty<PictureLayout> layout) {
        this.plane = plane;
        this.surface = surface;
        this.twoVariables = twoVariables;
        this.layout = layout;
        planeTab.setId("plane-tab");
        surfaceTab.setId("surface-tab");
        planeTab.textProperty().bind(Bindings.when(twoVariables).then("Map").otherwise("Curve"));
        for (Tab tab : List.of(planeTab, surfaceTab)) {
            tab.setClosable(false);
        }
        tabs.getTabs().addAll(planeTab, surfaceTab);
        tabs.getStyleClass().add("picture-tabs");
        split.getStyleClass().add("picture-split");
        surfaceShowing = Bindings.createBooleanBinding(() -> twoVariables.get()
                && (layout.get() == PictureLayout.SIDE_BY_SIDE || surfaceTab.isSelected()),
                twoVariables, layout, surfaceTab.selectedProperty());
        layout.addListener(changed -> arrange());
        twoVariables.addListener(changed -> arrange());
        arrange();
    }

    /** The node to place in a layout. */
    public Region root() {
        return root;
    }

    /** Whether the surface is on screen: it has a function of two variables and is not behind a tab. */
    public ObservableBooleanValue surfaceShowing() {
        return surfaceShowing;
    }

    /** The split of the side-by-side layout, whose divider the window remembers. */
    public SplitPane split() {
        return split;
    }

    private void arrange() {
        if (split.getItems().size() == 2) {
            divider = split.getDividerPositions()[0];
        }
        split.getItems().clear();
        planeTab.setContent(null);
        surfaceTab.setContent(null);
        Node shown;
        if (layout.get() == PictureLayout.TABS) {
            planeTab.setContent(plane);
            surfaceTab.setContent(surface);
            if (!twoVariables.get()) {
                tabs.getSelectionModel().select(planeTab);
            }
            shown = tabs;
        } else {
            split.getItems().add(plane);
            if (twoVariables.get()) {
                split.getItems().add(surface);
                split.setDividerPositions(divider);
            }
            shown = split;
        }
        root.getChildren().setAll(shown);
    }
}
