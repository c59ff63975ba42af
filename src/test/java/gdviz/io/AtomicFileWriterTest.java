package gdviz.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void createsTheFileWithExactlyTheWrittenBytes() throws IOException {
        Path target = folder.resolve("steps.csv");

        AtomicFileWriter.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = folder.resolve("notes.txt");
        Files.writeString(target, "old content that is longer");

        AtomicFileWriter.writeText(target, out -> out.write("new ✓"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new ✓");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void anExistingFileSurvivesAWriteThatFailsMidway() throws IOException {
        Path target = folder.resolve("steps.csv");
        Files.writeString(target, "iteration,x\n0,1.0\n");

        assertThatThrownBy(() -> AtomicFileWriter.writeText(target, out -> {
            out.write("iteration,x\n0,5.0\n");
            out.flush();
            throw new IOException("no space left on device");
        })).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": no space left on device");

        assertThat(Files.readString(target)).isEqualTo("iteration,x\n0,1.0\n");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void aProgrammingErrorInTheContentAlsoLeavesNoTrace() {
        Path target = folder.resolve("figure.svg");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(42);
            throw new UncheckedIOException(new IOException("broken pipe"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = folder.resolve("missing").resolve("steps.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": the folder " + target.getParent() + " does not exist");
    }

    @Test
    void aFolderThatIsReallyAFileGivesAClearMessage() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain.txt"), "keep me");
        Path target = notAFolder.resolve("steps.csv");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": not a directory");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out"));

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .hasMessage("cannot write " + target + ": it is a directory");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aReadOnlyFolderGivesPermissionDenied() throws IOException {
        Path readOnly = Files.createDirectory(folder.resolve("locked"));
        assumeThat(readOnly.toFile().setWritable(false, false)).isTrue();
        // The superuser may write anywhere; then there is no refusal to observe.
        assumeThat(Files.isWritable(readOnly)).isFalse();
        Path target = readOnly.resolve("steps.csv");
        try {
            assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                    .hasMessage("cannot write " + target + ": permission denied");
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void closingTheStreamInsideTheContentIsHarmless() throws IOException {
        Path target = folder.resolve("closed.txt");

        AtomicFileWriter.writeText(target, out -> {
            out.write("complete");
            out.close();
        });

        assertThat(Files.readString(target)).isEqualTo("complete");
    }

    @Test
    void aFullDiskLeavesTheExistingFileByteForByteAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("steps.csv");
        byte[] old = "iteration,x\n0,1.0\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);

        try (FullDisk disk = FullDisk.withRoomFor(100_000)) {
            assertThatThrownBy(() -> AtomicFileWriter.writeText(target, out -> {
                for (int i = 0; i < 50_000; i++) {
                    out.write(i + ",0.5\n");
                }
            })).isInstanceOf(IOException.class)
                    .hasMessage("cannot write " + target + ": no space left on device");
        }

        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void aFullDiskBeforeTheFirstByteLeavesNothingBehind() {
        Path target = folder.resolve("figure.png");

        try (FullDisk disk = FullDisk.withRoomFor(0)) {
            assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(new byte[1 << 17])))
                    .hasMessage("cannot write " + target + ": no space left on device");
        }

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aReadOnlyFileIsKeptEvenForTheSuperuser() throws IOException {
        Path target = folder.resolve("lesson.csv");
        byte[] old = "keep me".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        assumeThat(target.toFile().setWritable(false, false)).isTrue();
        try {
            assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                    .hasMessage("cannot write " + target + ": the file is read-only");
            assertThat(Files.readAllBytes(target)).isEqualTo(old);
            assertThat(filesIn(folder)).containsExactly(target);
        } finally {
            target.toFile().setWritable(true, false);
        }
    }
}
