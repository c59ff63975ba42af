package gdviz.io.lesson;

import com.fasterxml.jackson.databind.ObjectWriter;
import gdviz.io.AtomicFileWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes lessons as indented JSON, atomically: an existing file is replaced only by a complete new one. */
public final class LessonWriter {

    private static final ObjectWriter WRITER = LessonReader.mapper().writerWithDefaultPrettyPrinter();

    private LessonWriter() {
    }

    /**
     * Writes {@code lesson} to {@code target}.
     *
     * @param target the file to create or replace; its folder must exist
     * @throws IOException with a one-line message naming the file and the reason; the old file is intact
     */
    public static void write(Lesson lesson, Path target) throws IOException {
        String text = text(lesson);
        AtomicFileWriter.writeText(target, out -> out.write(text));
    }

    /** The file's text for {@code lesson}, ending with a line break. */
    public static String text(Lesson lesson) {
        StringWriter out = new StringWriter();
        try {
            WRITER.writeValue(out, LessonChecks.json(lesson));
        } catch (IOException e) {
            throw new UncheckedIOException("a lesson always converts to JSON", e);
        }
        return out + System.lineSeparator();
    }
}
