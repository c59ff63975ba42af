package gdviz.io.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lessons that ship with gdviz: all listed, all valid, and a written lesson reads back the same. */
class BundledLessonsTest {

    private static final Path FOLDER = Path.of("src/main/resources/gdviz/lessons");

    @Test
    void theIndexListsEveryBundledLessonFileInMenuOrder() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(BundledLessons.names()).containsExactlyInAnyOrderElementsOf(files
                    .map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".gdviz.json")).toList());
        }
        assertThat(BundledLessons.names()).startsWith("bowl.gdviz.json", "parabola-by-hand.gdviz.json");
    }

    @Test
    void everyBundledLessonReadsAndSurvivesAWriteAndRead(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        for (String name : BundledLessons.names()) {
            Lesson lesson = BundledLessons.read(name);
            assertThat(lesson.description()).as(name).isNotBlank();
            Path copy = folder.resolve(name);
            LessonWriter.write(lesson, copy);
            assertThat(LessonReader.read(copy)).as(name).isEqualTo(lesson);
            assertThat(LessonWriter.text(LessonReader.read(copy))).as(name).isEqualTo(Files.readString(copy));
        }
    }

    @Test
    void anUnknownBundledNameIsAProblemInWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundledLessons.read("none.gdviz.json"))
                .isInstanceOf(LessonException.class).hasMessage("none.gdviz.json: cannot be read: no bundled lesson "
                        + "none.gdviz.json");
    }
}
