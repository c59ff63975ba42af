package gdviz.io;

import gdviz.core.descent.Step;
import gdviz.core.descent.StepListener;
import gdviz.core.descent.Trajectory;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes descent steps as CSV, one row per step as it arrives, so a run of any length streams
 * straight to its destination.
 *
 * <p>Columns: {@code iteration,<var>...,f,grad_<var>...,grad_norm,step_length}. The iteration is an
 * integer; every other number is {@link Double#toString(double)}, which reads back to the identical
 * double (NaN, Infinity and -Infinity as Java spells them). Records end with {@value #LINE_ENDING}
 * (a bare line feed, not the CRLF of RFC 4180), the same for the command line and the app.
 */
public final class StepCsvWriter implements StepListener<IOException>, Flushable {

    /** The record separator of every CSV file gdviz writes. */
    public static final String LINE_ENDING = "\n";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator(LINE_ENDING).get();
    /** Tabs between the fields, as spreadsheets expect of text pasted from the clipboard. */
    private static final CSVFormat TABS = CSVFormat.TDF.builder().setRecordSeparator(LINE_ENDING).get();

    private final CSVPrinter printer;
    private final int dimension;

    /**
     * Starts the CSV by writing the header line.
     *
     * @param out       where the CSV goes; the caller keeps ownership and closes it
     * @param variables the function's variable names, in coordinate order; not empty
     * @throws IOException if writing the header fails
     */
    public StepCsvWriter(Appendable out, List<String> variables) throws IOException {
        this(out, variables, FORMAT);
    }

    private StepCsvWriter(Appendable out, List<String> variables, CSVFormat format) throws IOException {
        Objects.requireNonNull(out, "out");
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("a CSV of steps needs at least one variable");
        }
        this.printer = new CSVPrinter(out, format);
        this.dimension = variables.size();
        printer.printRecord(header(variables));
    }

    /**
     * The column names for a function of these variables.
     *
     * @param variables the variable names, in coordinate order
     */
    public static List<String> header(List<String> variables) {
        List<String> columns = new ArrayList<>(2 * variables.size() + 4);
        columns.add("iteration");
        columns.addAll(variables);
        columns.add("f");
        for (String variable : variables) {
            columns.add("grad_" + variable);
        }
        columns.add("grad_norm");
        columns.add("step_length");
        return columns;
    }

    /**
     * Writes a whole trajectory: the header and all its rows.
     *
     * @param trajectory the run to write
     * @param out        where the CSV goes; flushed, not closed
     */
    public static void write(Trajectory trajectory, Appendable out) throws IOException {
        StepCsvWriter writer = new StepCsvWriter(out, trajectory.variables());
        for (Step step : trajectory.steps()) {
            writer.accept(step);
        }
        writer.flush();
    }

    /**
     * Some steps of a run as tab-separated text for pasting into a spreadsheet: the CSV's header and columns, its
     * numbers in the same full precision, tabs between the fields and a line feed after each row.
     *
     * @param trajectory the run
     * @param rows       the iterations to include, in the order given, each in [0, trajectory.size())
     */
    public static String tabSeparated(Trajectory trajectory, int[] rows) {
        StringBuilder text = new StringBuilder();
        try {
            StepCsvWriter writer = new StepCsvWriter(text, trajectory.variables(), TABS);
            for (int row : rows) {
                writer.accept(trajectory.step(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return text.toString();
    }

    /**
     * Writes one row.
     *
     * @param step a step of a function with as many variables as the header
     */
    @Override
    public void accept(Step step) throws IOException {
        if (step.dimension() != dimension) {
            throw new IllegalArgumentException("the step has " + step.dimension() + " coordinates, the CSV "
                    + dimension + " variables");
        }
        printer.print(Integer.toString(step.iteration()));
        for (int i = 0; i < dimension; i++) {
            printer.print(Double.toString(step.coordinate(i)));
        }
        printer.print(Double.toString(step.value()));
        for (int i = 0; i < dimension; i++) {
            printer.print(Double.toString(step.partial(i)));
        }
        printer.print(Double.toString(step.gradientNorm()));
        printer.print(Double.toString(step.stepLength()));
        printer.println();
    }

    /** Passes buffered text on to the destination, if it can be flushed. */
    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
