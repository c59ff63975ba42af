package gdviz.ui.descent;

import gdviz.core.expr.ParsedFunction;
import gdviz.ui.region.RegionModel;
import gdviz.ui.widgets.NumberField;
import gdviz.ui.widgets.NumberText;
import gdviz.ui.widgets.Shown;
import gdviz.ui.widgets.SliderLink;
import gdviz.ui.widgets.Snap;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The knobs of the descent: a logarithmic learning-rate slider from 1e-4 to 10 with an exact field, the start
 * point's sliders (spanning the shown region) with fields, the iteration limit and the tolerance.
 */
public final class DescentControls {

    static final double SMALLEST_RATE_EXPONENT = -4;
    static final double LARGEST_RATE_EXPONENT = 1;
    /** Significant digits the rate snaps to while the slider moves: 0.3, 0.0015, never 0.30103. */
    static final int RATE_DIGITS = 2;

    private final GridPane root = new GridPane();
    private final VBox underRate = new VBox(6);
    private final Slider rateSlider;
    private int row;

    /**
     * @param model     the descent whose settings the controls set
     * @param function  the function shown, whose variables name the start sliders
     * @param region    the shown region, which the start sliders span
     * @param twoVariables whether the function has a second variable, which gets the second start slider
     */
    public DescentControls(DescentModel model, ReadOnlyObjectProperty<ParsedFunction> function, RegionModel region,
            ObservableBooleanValue twoVariables) {
        root.getStyleClass().add("descent-controls");
        root.setHgap(10);
        root.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints sliders = new ColumnConstraints();
        sliders.setHgrow(Priority.ALWAYS);
        sliders.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints(96);
        root.getColumnConstraints().addAll(labels, sliders, fields);

        title("Learning rate \u03b1");
        Slider rate = slider("rate-slider", SMALLEST_RATE_EXPONENT, LARGEST_RATE_EXPONENT);
        rate.setShowTickLabels(true);
        rate.setShowTickMarks(true);
        rate.setMajorTickUnit(1);
        rate.setMinorTickCount(8);
        rate.setLabelFormatter(new PowersOfTen());
        rate.setTooltip(new Tooltip("Drag to change the learning rate α (log scale); "
                + "the ticks mark where steps start to oscillate, the fastest rate and where they diverge"));
        rate.setAccessibleText("Learning rate, logarithmic");
        SliderLink.logarithmic(rate, model.rateProperty(), RATE_DIGITS);
        NumberField rateField = new NumberField(model.rateProperty(), v -> v > 0, "a learning rate above 0");
        addRow(new Label("\u03b1"), rate, field(rateField, "rate-field", "Learning rate"));
        rateSlider = rate;
        root.add(underRate, 0, row++, 3, 1);

        title("Start point");
        Label startXName = new Label();
        Label startYName = new Label();
        Slider startX = slider("start-x-slider", -5, 5);
        Slider startY = slider("start-y-slider", -5, 5);
        SliderLink xLink = startLink(startX, startXName, model.startXProperty(), () -> region.domain().width());
        SliderLink yLink = startLink(startY, startYName, model.startYProperty(), () -> region.domain().height());
        addRow(startXName, startX, startField(anyNumber(model.startXProperty()), "start-x-field", startXName));
        Node[] yRow = addRow(startYName, startY,
                startField(anyNumber(model.startYProperty()), "start-y-field", startYName));
        region.domainProperty().addListener((obs, old, now) -> {
            xLink.range(now.xMin(), now.xMax());
            yLink.range(now.yMin(), now.yMax());
        });
        xLink.range(region.domain().xMin(), region.domain().xMax());
        yLink.range(region.domain().yMin(), region.domain().yMax());
        Shown.onlyWhen(twoVariables, yRow);
        startXName.textProperty().bind(Bindings.createStringBinding(() -> startName(function.get(), 0), function));
        startYName.textProperty().bind(Bindings.createStringBinding(() -> startName(function.get(), 1), function));

        title("Stopping");
        NumberField limit = new NumberField(model.maxIterationsProperty(),
                v -> v == Math.rint(v) && v >= 0 && v <= DescentModel.MAX_ITERATION_LIMIT,
                "a whole number of iterations from 0 to " + DescentModel.MAX_ITERATION_LIMIT);
        NumberField tolerance = new NumberField(model.toleranceProperty(), v -> v >= 0,
                "a tolerance of 0 or more, such as 1e-6");
        Label limitName = new Label("iteration limit");
        Label toleranceName = new Label("stop when |\u2207f| \u2264");
        limitName.setMinWidth(Region.USE_PREF_SIZE);
        toleranceName.setMinWidth(Region.USE_PREF_SIZE);
        HBox limitBox = new HBox(10, limitName, field(limit, "iterations-field", "Iteration limit"));
        HBox toleranceBox = new HBox(10, toleranceName,
                field(tolerance, "tolerance-field", "Stop when the gradient norm is at most"));
        limitBox.getStyleClass().add("inline-pair");
        toleranceBox.getStyleClass().add("inline-pair");
        root.add(limitBox, 0, row++, 3, 1);
        root.add(toleranceBox, 0, row++, 3, 1);
    }

    public Parent root() {
        return root;
    }

    /** The logarithmic learning-rate slider, whose position is log10 of the rate. */
    public Slider rateSlider() {
        return rateSlider;
    }

    /** Lays {@code overlay} over the learning-rate slider, in its place; the overlay should let clicks through. */
    public void overlayRateSlider(Node overlay) {
        root.add(overlay, GridPane.getColumnIndex(rateSlider), GridPane.getRowIndex(rateSlider));
    }

    /** Adds {@code note} in a row under the learning-rate slider, across the controls. */
    public void addUnderRate(Node note) {
        underRate.getChildren().add(note);
    }

    /** x₀ for the variable x: the name of a start coordinate. */
    private static String startName(ParsedFunction function, int variable) {
        List<String> names = function == null ? List.of("x", "y") : function.variables();
        return variable < names.size() ? names.get(variable) + "\u2080" : "";
    }

    private void title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        root.add(title, 0, row++, 3, 1);
    }

    private Node[] addRow(Label name, Slider slider, Node field) {
        name.getStyleClass().add("control-name");
        GridPane.setHalignment(name, HPos.RIGHT);
        root.addRow(row++, name, slider, field);
        return new Node[] {name, slider, field};
    }

    private static Slider slider(String id, double min, double max) {
        Slider slider = new Slider(min, max, min);
        slider.setId(id);
        slider.setMaxWidth(Double.MAX_VALUE);
        return slider;
    }

    /** @param name what a screen reader calls the field, which shows only a number */
    private static Node field(NumberField field, String id, String name) {
        field.node().setId(id);
        field.node().setPrefColumnCount(7);
        field.node().setAccessibleText(name);
        return field.node();
    }

    /** A start coordinate's field, named after the coordinate shown beside it. */
    private static Node startField(NumberField field, String id, Label name) {
        Node node = field(field, id, "");
        node.accessibleTextProperty().bind(Bindings.concat("Start point ", name.textProperty()));
        return node;
    }

    private static NumberField anyNumber(DoubleProperty value) {
        return new NumberField(value, v -> true, "a number");
    }

    /** Start sliders snap to a thousandth of the region, so the step table shows readable start values. */
    private static SliderLink startLink(Slider slider, Label name, DoubleProperty value, DoubleSupplier extent) {
        slider.setTooltip(new Tooltip("Drag to move the start point, or click on the map"));
        slider.accessibleTextProperty().bind(Bindings.concat("Start point ", name.textProperty()));
        return SliderLink.linear(slider, value, position -> Snap.toReadable(position, extent.getAsDouble()));
    }

    /** Labels the rate slider's ticks 0.0001, 0.001 … 10 instead of the exponents the slider works in. */
    private static final class PowersOfTen extends StringConverter<Double> {
        @Override
        public String toString(Double exponent) {
            return NumberText.exact(Math.pow(10, Math.rint(exponent)));
        }

        @Override
        public Double fromString(String text) {
            return Math.log10(Double.parseDouble(text));
        }
    }
}
