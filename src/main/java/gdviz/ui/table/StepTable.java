package gdviz.ui.table;

import gdviz.core.descent.Trajectory;
import gdviz.io.StepCsvWriter;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.widgets.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The step table under the map, with the CSV's columns: iteration, the variables, f, the partial derivatives,
 * |∇f| and the step length. The row of the step the animation shows is selected and kept in view; clicking a row
 * moves the animation there.
 */
public final class StepTable {

    /** Scrolls per move of the current step; the second corrects the first's estimate of the row heights. */
    private static final int SCROLL_PASSES = 2;

    /** Wide enough for -1.23457e-10 in the table's font. */
    private static final double NUMBER_WIDTH = 108;
    /** Room for the vertical scroll bar, so that filling the width does not also call for a horizontal one. */
    private static final double SCROLL_BAR_ALLOWANCE = 26;
    private static final double ITERATION_WIDTH = 60;
    /** How much larger than the standard size the text is; the columns widen with it. */
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final TableView<Integer> table = new TableView<>();
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final PlaybackModel playback;
    private Trajectory shown;
    /** Changes after each new run is in the rows, so the cells in view show its numbers. */
    private final SimpleObjectProperty<Trajectory> rowsShow = new SimpleObjectProperty<>(this, "rowsShow");
    private List<String> columnsFor = List.of();
    private boolean following;
    /** The row to bring into view after the next layout, or -1. */
    private int scrollPending = -1;
    private int scrollPasses;

    public StepTable(ReadOnlyObjectProperty<Trajectory> trajectory, PlaybackModel playback) {
        this.playback = playback;
        table.setId("step-table");
        table.getStyleClass().add("step-table");
        table.setItems(rows);
        table.setPlaceholder(new Label("The steps of the descent appear here"));
        table.setTooltip(new Tooltip("Every step of the descent; select a row to show that step on the map. "
                + "Up and Down move between steps"));
        table.setAccessibleText("Step table: iteration, coordinates, f, partial derivatives, gradient norm and "
                + "step length of each step");
        // Several rows can be selected to copy them; the playback follows the row selected last.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                copy();
                event.consume();
            }
        });
        trajectory.addListener((obs, old, now) -> show(now));
        playback.currentProperty().addListener((obs, old, now) -> follow(now.intValue()));
        // The table learns how many rows it has only while it is laid out, and a layout starts by clearing this
        // flag: the scroll waits until that layout is over.
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && scrollPending >= 0) {
                Platform.runLater(this::scrollIntoView);
            }
        });
        // A new height changes which rows are in view only at the next layout: the row is brought into view after it.
        table.heightProperty().addListener(resized -> follow(playback.currentProperty().get(), true));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!following && now.intValue() >= 0) {
                playback.pause();
                playback.currentProperty().set(now.intValue());
            }
        });
    }

    public Parent root() {
        return table;
    }

    /**
     * The steps as tab-separated text for a spreadsheet, with the CSV's header, columns and full precision: the
     * rows the user selected when there are several, otherwise every row (one selected row is merely the step the
     * playback shows). Empty before the first run.
     */
    public String tabSeparated() {
        Trajectory run = shown;
        if (run == null) {
            return "";
        }
        List<Integer> selected = table.getSelectionModel().getSelectedIndices();
        int[] chosen = selected.size() > 1
                ? selected.stream().mapToInt(Integer::intValue).filter(k -> k < run.size()).sorted().toArray()
                : IntStream.range(0, run.size()).toArray();
        return StepCsvWriter.tabSeparated(run, chosen);
    }

    /** Puts {@link #tabSeparated()} on the clipboard as plain text, as Ctrl+C in the table does. */
    public void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(tabSeparated());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void show(Trajectory run) {
        shown = run;
        if (!run.variables().equals(columnsFor)) {
            columnsFor = run.variables();
            table.getColumns().setAll(columns(run.variables()));
        }
        following = true;
        try {
            if (rows.size() > run.size()) {
                rows.remove(run.size(), rows.size());
            } else {
                rows.addAll(IntStream.range(rows.size(), run.size()).boxed().toList());
            }
        } finally {
            following = false;
        }
        // The rows are the iteration numbers, unchanged for a run as long as the last: the cells in view fetch the
        // new run's numbers themselves (the table's refresh would build every row again).
        rowsShow.set(run);
        follow(playback.currentProperty().get(), true);
    }

    private void follow(int step) {
        follow(step, false);
    }

    /** @param rowsChanged whether the rows, or the room for them, changed since the table was last laid out */
    private void follow(int step, boolean rowsChanged) {
        if (step >= rows.size()) {
            return;
        }
        // A step among several rows the user selected keeps their selection, for copying.
        if (!table.getSelectionModel().isSelected(step)) {
            following = true;
            try {
                table.getSelectionModel().clearAndSelect(step);
            } finally {
                following = false;
            }
        }
        // A row already inside the view needs no scroll, and then no new layout of the rows in view: playback
        // moves the highlight down the rows in view and scrolls only when it is about to leave them.
        if (!rowsChanged && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && (strictlyInside(flow, step) || pageOn(flow, step))) {
            scrollPending = -1;
            return;
        }
        scrollPending = step;
        scrollPasses = 0;
        table.requestLayout();
    }

    /**
     * Scrolls as little as needed to show the pending row whole (the table's own scrollTo would put it at the
     * top). Until the table has laid out that many rows, the row stays pending for the next layout.
     */
    private void scrollIntoView() {
        int step = scrollPending;
        if (step < 0 || step >= rows.size()) {
            scrollPending = -1;
            return;
        }
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || step >= flow.getCellCount()) {
            table.requestLayout();
            return;
        }
        if (!pageOn(flow, step)) {
            flow.scrollTo(step);
        }
        // A jump over many rows lands by estimated row heights; once they are measured, scroll again. A row
        // between the first and last in view is whole on screen already: playback, a row at a time, stops here.
        if (++scrollPasses < SCROLL_PASSES && !strictlyInside(flow, step)) {
            table.requestLayout();
        } else {
            scrollPending = -1;
        }
    }

    /**
     * When playback reaches the bottom row in view, or the row after it, puts that row near the top, below the one
     * before it, in the same layout: the next steps move the highlight down the rows in view again instead of
     * scrolling the whole table a row at each step.
     *
     * @return whether it scrolled
     */
    private static boolean pageOn(VirtualFlow<?> flow, int row) {
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (last == null || row == 0 || row < last.getIndex() || row > last.getIndex() + 1) {
            return false;
        }
        flow.scrollToTop(row - 1);
        return true;
    }

    private static boolean strictlyInside(VirtualFlow<?> flow, int row) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() < row && row < last.getIndex();
    }

    private List<TableColumn<Integer, ?>> columns(List<String> variables) {
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        TableColumn<Integer, Integer> iteration = new TableColumn<>("k");
        iteration.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        iteration.getStyleClass().add("iteration-column");
        columns.add(iteration);
        for (int i = 0; i < variables.size(); i++) {
            int variable = i;
            columns.add(number(variables.get(i), k -> shown.coordinate(k, variable)));
        }
        columns.add(number("f", k -> shown.value(k)));
        for (int i = 0; i < variables.size(); i++) {
            int variable = i;
            columns.add(number("\u2202f/\u2202" + variables.get(i), k -> shown.partial(k, variable)));
        }
        columns.add(number("|\u2207f|", k -> shown.gradientNorm(k)));
        columns.add(number("step", k -> shown.stepLength(k)));
        // The number columns share the width, but never below what a number needs: a narrow window scrolls the
        // table sideways instead of cutting the numbers short.
        iteration.prefWidthProperty().bind(textScale.multiply(ITERATION_WIDTH));
        NumberBinding share = Bindings.max(textScale.multiply(NUMBER_WIDTH), table.widthProperty()
                .subtract(iteration.widthProperty().add(SCROLL_BAR_ALLOWANCE)).divide(columns.size() - 1));
        for (TableColumn<Integer, ?> column : columns) {
            column.setSortable(false);
            column.setReorderable(false);
            if (column != iteration) {
                column.prefWidthProperty().bind(share);
            }
        }
        return columns;
    }

    /**
     * Widens the columns for text {@code scale} times the standard size, as in presentation mode.
     *
     * @param scale 1 or more
     */
    public void setTextScale(double scale) {
        textScale.set(Math.max(1, scale));
    }

    private TableColumn<Integer, Double> number(String title, IntToDoubleFunction value) {
        TableColumn<Integer, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() < shown.size() ? value.applyAsDouble(cell.getValue()) : null));
        column.setCellFactory(c -> new NumberCell(value));
        column.getStyleClass().add("number-column");
        return column;
    }

    /** A right-aligned number with six significant digits, showing the newest run's number for its row. */
    private final class NumberCell extends TableCell<Integer, Double> {

        private final IntToDoubleFunction value;
        /** Held here: the table holds it only weakly, so cells it drops can be collected. */
        private final ChangeListener<Trajectory> newRun = (obs, old, now) -> showNewRun();

        NumberCell(IntToDoubleFunction value) {
            this.value = value;
            rowsShow.addListener(new WeakChangeListener<>(newRun));
        }

        @Override
        protected void updateItem(Double number, boolean empty) {
            super.updateItem(number, empty);
            setText(empty || number == null ? null : NumberText.table(number));
        }

        private void showNewRun() {
            int row = getIndex();
            // Cells of columns the table dropped for another function's variables linger until collected.
            boolean inTable = getTableColumn() != null && getTableColumn().getTableView() != null;
            if (inTable && !isEmpty() && row >= 0 && row < shown.size()) {
                setText(NumberText.table(value.applyAsDouble(row)));
            }
        }
    }
}
