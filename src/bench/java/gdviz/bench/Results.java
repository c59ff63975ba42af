package gdviz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's rows {@code metric,value,unit}, printed as they come and written to a CSV file at the end. */
final class Results {

    static final String HEADER = "metric,value,unit";

    private final List<String> rows = new ArrayList<>();

    /** Adds a row; NaN (a measurement that could not be made) is written as an empty value. */
    void add(String metric, double value, String unit) {
        String text = Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
        String row = metric + "," + text + "," + unit;
        rows.add(row);
        System.out.println("bench: " + row);
    }

    /** Median and 95th percentile of the samples, as {@code prefix_median} and {@code prefix_p95} in ms. */
    void addMedianAndP95(String prefix, List<Double> samples) {
        add(prefix + "_median", Stats.median(samples), "ms");
        add(prefix + "_p95", Stats.p95(samples), "ms");
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println();
        lines.forEach(System.out::println);
    }
}
