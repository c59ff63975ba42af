package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million-step run streams to its file: it runs in a JVM whose heap could not hold the rows
 * (one million rows of even one variable need 40 MB as bare doubles).
 */
class LongRunTest {

    private static final String HEAP = "-Xmx16m";

    @TempDir
    Path folder;

    @Test
    void aMillionStepRunToAFileFitsInASmallHeap() throws IOException, InterruptedException {
        Path csv = folder.resolve("long.csv");
        Path err = folder.resolve("err.txt");
        // f = x has gradient 1 everywhere: it never converges, so all 1,000,000 steps are taken.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), GdvizCli.class.getName(),
                "run", "--function", "x", "--start", "0", "--rate", "1", "--steps", "1000000", "--tolerance", "0",
                "--out", csv.toString())
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();

        assertThat(process.waitFor()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).startsWith("stopped at the iteration limit (1000000)");
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertThat(lines.readLine()).isEqualTo("iteration,x,f,grad_x,grad_norm,step_length");
            String last = null;
            long rows = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = line;
                rows++;
            }
            assertThat(rows).isEqualTo(1_000_001);
            assertThat(last).isEqualTo("1000000,-1000000.0,-1000000.0,1.0,1.0,1.0");
        }
    }
}
