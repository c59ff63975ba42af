package gdviz.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** The same figure made with matplotlib, for the comparison teachers care about; absent without python3. */
final class Matplotlib {

    private Matplotlib() {
    }

    /** Debian's python3, where python3-matplotlib installs, before whatever python3 comes first on the path. */
    private static String python() {
        Path debian = Path.of("/usr/bin/python3");
        return Files.isExecutable(debian) ? debian.toString() : "python3";
    }

    /**
     * Runs the figure script and returns its median render time in ms, or empty (with the reason on standard
     * error) when the script, python3 or matplotlib is missing.
     */
    static OptionalDouble figureMillis(Path script, int runs) throws InterruptedException {
        if (!Files.isRegularFile(script)) {
            System.err.println("bench: matplotlib comparison left out: no script at " + script);
            return OptionalDouble.empty();
        }
        try {
            Process process = new ProcessBuilder(python(), script.toString(), String.valueOf(runs))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            OptionalDouble found = OptionalDouble.empty();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] cells = line.split(",");
                    if (cells.length == 3 && cells[0].startsWith("matplotlib")) {
                        found = OptionalDouble.of(Double.parseDouble(cells[1]));
                    }
                }
            }
            if (process.waitFor() != 0 || found.isEmpty()) {
                System.err.println("bench: matplotlib comparison left out: python3 with matplotlib did not run "
                        + "(apt-get install -y python3-matplotlib)");
                return OptionalDouble.empty();
            }
            return found;
        } catch (IOException e) {
            System.err.println("bench: matplotlib comparison left out: no python3 (" + e.getMessage() + ")");
            return OptionalDouble.empty();
        }
    }
}
