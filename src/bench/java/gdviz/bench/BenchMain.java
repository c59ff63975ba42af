package gdviz.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark and writes {@code results.csv} with rows {@code metric,value,unit}: the evaluator
 * under JMH, the views in forked JVMs with the headless toolkit, start-up, heap over a long animation, and the
 * matplotlib figure. Every ratio is taken from measurements of this one run; evaluator times are medians over
 * the measured iterations of all forks.
 *
 * <p>System properties: {@code bench.out} (folder), {@code bench.forks}, {@code bench.jmh.warmups},
 * {@code bench.jmh.iterations}, {@code bench.samples} (per view metric and fork), {@code bench.startups},
 * {@code bench.soak.minutes}, {@code bench.figure.runs}, {@code bench.matplotlib} (the script), and
 * {@code bench.only} (comma-separated parts: eval, views, startup, soak, matplotlib), and {@code bench.view.jvm}
 * (further options for the view forks, space-separated, such as a flight recording to profile them, or
 * {@code -Dbench.views=frame} to measure only some views: see {@link RenderProbe}).
 */
public final class BenchMain {

    private final Results results = new Results();

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        new BenchMain().run();
    }

    private static int intProperty(String name, int otherwise) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(otherwise)));
    }

    private static boolean wanted(String part) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(part);
    }

    private void run() throws Exception {
        int forks = intProperty("bench.forks", 2);
        Map<String, List<Double>> viewSamples = new HashMap<>();
        if (wanted("eval")) {
            evaluator(forks);
        }
        if (wanted("views")) {
            viewSamples = views(forks);
            results.addMedianAndP95("path_update_ms", viewSamples.getOrDefault("path_update_ms", List.of()));
            results.addMedianAndP95("frame_ms", viewSamples.getOrDefault("frame_ms", List.of()));
            results.addMedianAndP95("frame_idle_ms", viewSamples.getOrDefault("frame_idle_ms", List.of()));
            results.addMedianAndP95("frame_cpu_ms", viewSamples.getOrDefault("frame_cpu_ms", List.of()));
            results.addMedianAndP95("frame_idle_cpu_ms", viewSamples.getOrDefault("frame_idle_cpu_ms", List.of()));
            results.add("map_update_ms_median", Stats.median(viewSamples.getOrDefault("map_update_ms", List.of())),
                    "ms");
            results.addMedianAndP95("surface_rotate_ms", viewSamples.getOrDefault("surface_rotate_ms",
                    List.of()));
            results.add("figure_png_ms_median", Stats.median(viewSamples.getOrDefault("figure_png_ms",
                    List.of())), "ms");
        }
        if (wanted("matplotlib")) {
            OptionalDouble matplotlib = Matplotlib.figureMillis(Path.of(System.getProperty("bench.matplotlib",
                    "../shared/tools/matplotlib_figure.py")), intProperty("bench.figure.runs", 10));
            double ours = Stats.median(viewSamples.getOrDefault("figure_png_ms", List.of()));
            results.add("matplotlib_figure_ms_median", matplotlib.orElse(Double.NaN), "ms");
            results.add("figure_speedup_vs_matplotlib", matplotlib.orElse(Double.NaN) / ours, "x");
        }
        if (wanted("startup")) {
            startup(intProperty("bench.startups", 5));
        }
        if (wanted("soak")) {
            soak(System.getProperty("bench.soak.minutes", "10"));
        }
        results.write(Path.of(System.getProperty("bench.out", "target/bench"), "results.csv"));
    }

    private void evaluator(int forks) throws Exception {
        Options options = new OptionsBuilder()
                .include(EvalBenchmark.class.getName())
                .forks(forks)
                .warmupIterations(intProperty("bench.jmh.warmups", 2))
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(intProperty("bench.jmh.iterations", 3))
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx256m")
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        Map<String, Double> millis = new HashMap<>();
        for (RunResult run : runs) {
            String method = run.getParams().getBenchmark().substring(run.getParams().getBenchmark()
                    .lastIndexOf('.') + 1);
            // the median of all measured iterations: one iteration slowed down by another process on a shared
            // machine moves the mean by a factor, the median not at all
            millis.put(method + "/" + run.getParams().getParam("function"),
                    run.getPrimaryResult().getStatistics().getPercentile(50));
        }
        for (BenchFunction f : BenchFunction.values()) {
            double compiled = millis.get("compiledValue/" + f.name());
            String fn = f.metricName();
            results.add("eval_ratio_" + fn, millis.get("handValue/" + f.name()) / compiled, "x");
            results.add("exp4j_speedup_" + fn, millis.get("exp4jValue/" + f.name()) / compiled, "x");
            results.add("grad_ratio_" + fn, millis.get("handGradient/" + f.name())
                    / millis.get("compiledGradient/" + f.name()), "x");
            results.add("eval_grid_ms_" + fn, compiled, "ms");
        }
    }

    private Map<String, List<Double>> views(int forks) throws Exception {
        Map<String, List<Double>> samples = new HashMap<>();
        List<String> args = List.of(String.valueOf(intProperty("bench.samples", 60)),
                String.valueOf(intProperty("bench.figure.runs", 10)));
        for (int fork = 0; fork < forks; fork++) {
            List<String> options = new ArrayList<>(List.of("-Xmx1g", "-Dheadless.geometry=" + RenderProbe.SCREEN));
            String extra = System.getProperty("bench.view.jvm", "").strip();
            if (!extra.isEmpty()) {
                options.addAll(List.of(extra.split("\\s+")));
            }
            ChildJvm.run(options, RenderProbe.class.getName(), args, line -> {
                String[] cells = line.split(" ");
                if (cells.length == 3 && cells[0].equals("sample")) {
                    samples.computeIfAbsent(cells[1], k -> new ArrayList<>()).add(Double.parseDouble(cells[2]));
                } else if (cells.length == 4 && cells[0].equals("value") && firstReport(line)) {
                    results.add(cells[1], Double.parseDouble(cells[2]), cells[3]);
                }
            });
        }
        return samples;
    }

    /** Set-up facts are the same in every fork: report them once. */
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    private boolean firstReport(String line) {
        return reported.add(line.split(" ")[1]);
    }

    private void startup(int runs) throws Exception {
        List<Double> firstFrame = new ArrayList<>();
        List<Double> firstMap = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            ChildJvm.run(List.of(), StartupProbe.class.getName(), List.of(), line -> {
                double ms = (System.nanoTime() - t0) / 1e6;
                if (line.equals("first-frame")) {
                    firstFrame.add(ms);
                } else if (line.equals("first-map")) {
                    firstMap.add(ms);
                }
            });
        }
        results.add("startup_ms", Stats.median(firstFrame), "ms");
        results.add("startup_map_ms", Stats.median(firstMap), "ms");
    }

    private void soak(String minutes) throws Exception {
        Map<String, Double> values = new HashMap<>();
        ChildJvm.run(List.of(), SoakProbe.class.getName(), List.of(minutes), line -> {
            String[] cells = line.split(" ");
            if (cells.length == 3 && cells[0].equals("value")) {
                values.put(cells[1], Double.parseDouble(cells[2]));
            }
        });
        double start = values.getOrDefault("heap_mb_after_start", Double.NaN);
        double after = values.getOrDefault("heap_mb_after_animation", Double.NaN);
        results.add("heap_mb", Math.max(start, after), "MB");
        results.add("heap_mb_after_start", start, "MB");
        results.add("heap_mb_after_animation", after, "MB");
        results.add("heap_growth_mb", after - start, "MB");
        results.add("soak_minutes", Double.parseDouble(minutes), "min");
        results.add("soak_runs_played", values.getOrDefault("soak_runs_played", Double.NaN), "runs");
        for (int minute = 1; values.containsKey("heap_mb_minute_" + minute); minute++) {
            results.add("heap_mb_minute_" + minute, values.get("heap_mb_minute_" + minute), "MB");
        }
    }
}
