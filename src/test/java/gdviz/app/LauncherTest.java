package gdviz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window on a lesson and which go to the command-line tool. */
class LauncherTest {

    @TempDir
    Path folder;

    @Test
    void aSingleLessonFileOpensTheWindowEvenIfItIsMissing() {
        assertThat(Launcher.isLesson(new String[] {"bowl.gdviz.json"})).isTrue();
        assertThat(Launcher.isLesson(new String[] {"/no/such/Lesson.GDVIZ.JSON"})).isTrue();
    }

    @Test
    void aPlainJsonFileOpensTheWindowOnlyWhenItExists() throws IOException {
        Path json = Files.writeString(folder.resolve("mine.json"), "{}");
        assertThat(Launcher.isLesson(new String[] {json.toString()})).isTrue();
        assertThat(Launcher.isLesson(new String[] {folder.resolve("other.json").toString()})).isFalse();
    }

    @Test
    void commandsAndSeveralArgumentsGoToTheCommandLine() {
        assertThat(Launcher.isLesson(new String[] {"run"})).isFalse();
        assertThat(Launcher.isLesson(new String[] {"--help"})).isFalse();
        assertThat(Launcher.isLesson(new String[] {"a.gdviz.json", "b.gdviz.json"})).isFalse();
        assertThat(Launcher.isLesson(new String[] {"plot", "--out", "f.gdviz.json"})).isFalse();
    }
}
