package gdviz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import gdviz.io.FullDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run --out} and {@code plot --out} when the file cannot be written: exit 1 with one line naming the file
 * and the cause, the file that was there byte for byte as it was, and no half-written or temporary file.
 */
class FileFailuresTest {

    private static final byte[] OLD = "an older file that must survive\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private static String[] command(String kind, Path out) {
        return switch (kind) {
            case "csv" -> new String[] {"run", "--function", "x^2 + y^2", "--start", "3,4", "--rate", "0.01",
                "--steps", "5000", "--tolerance", "0", "--out", out.toString()};
            default -> new String[] {"plot", "--function", "x^2 + y^2", "--start", "3,4", "--rate", "0.1",
                "--size", "640x400", "--out", out.toString()};
        };
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void assertInputOutputFailure(Cli.Result result, Path target, String cause) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(GdvizCli.EXIT_IO_FAILURE);
        assertThat(result.err()).isEqualTo("error: cannot write " + target + ": " + cause + "\n");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "svg"})
    void aFullDiskKeepsTheOldFile(String kind) throws IOException {
        Path target = Files.write(folder.resolve("out." + kind), OLD);

        Cli.Result result;
        try (FullDisk disk = FullDisk.withRoomFor(4096)) {
            result = Cli.run(command(kind, target));
        }

        assertInputOutputFailure(result, target, "no space left on device");
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly(target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "svg"})
    void aReadOnlyFileIsKept(String kind) throws IOException {
        Path target = Files.write(folder.resolve("out." + kind), OLD);
        assumeThat(target.toFile().setWritable(false, false)).isTrue();
        try {
            assertInputOutputFailure(Cli.run(command(kind, target)), target, "the file is read-only");
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            assertThat(files()).containsExactly(target);
        } finally {
            target.toFile().setWritable(true, false);
        }
    }

    /** A folder no one can write into, even the superuser: its path runs through a plain file. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "svg"})
    void anUnwritableFolderIsNamed(String kind) throws IOException {
        Path plainFile = Files.write(folder.resolve("notes"), OLD);
        Path target = plainFile.resolve("out." + kind);

        assertInputOutputFailure(Cli.run(command(kind, target)), target, "not a directory");
        assertThat(Files.readAllBytes(plainFile)).isEqualTo(OLD);
        assertThat(files()).containsExactly(plainFile);
    }
}
