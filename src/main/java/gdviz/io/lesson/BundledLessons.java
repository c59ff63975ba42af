package gdviz.io.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lessons that ship with gdviz, following the teaching texts it grew from. They are resources next to this
 * class, listed in menu order in {@code index.txt}, and read by the same strict reader as any other file.
 */
public final class BundledLessons {

    private static final String FOLDER = "/gdviz/lessons/";

    private BundledLessons() {
    }

    /** The resource names of the bundled lessons, in menu order, such as {@code bowl.gdviz.json}. */
    public static List<String> names() {
        try (InputStream in = open("index.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the list of bundled lessons is part of gdviz and cannot be read", e);
        }
    }

    /**
     * Reads one bundled lesson.
     *
     * @param name one of {@link #names()}
     * @throws LessonException if it is not a valid lesson, which the tests rule out for every listed name
     */
    public static Lesson read(String name) throws LessonException {
        try (InputStream in = open(name)) {
            return LessonReader.read(in, name);
        } catch (IOException e) {
            throw new LessonException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("no bundled lesson " + name);
        }
        return in;
    }
}
