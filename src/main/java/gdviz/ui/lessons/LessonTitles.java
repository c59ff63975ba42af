package gdviz.ui.lessons;

import gdviz.io.lesson.BundledLessons;
import gdviz.io.lesson.LessonException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The titles of the bundled lessons, by resource name in menu order. Reading them starts the lesson reader, which
 * takes a noticeable part of a second in a fresh JVM, so it is kept out of opening the window: read on a
 * background thread when the menu is about to be used, or on first use if that comes sooner.
 */
final class LessonTitles {

    private final FutureTask<Map<String, String>> reading = new FutureTask<>(LessonTitles::read);

    /** Starts reading on a background thread, unless reading has started already. */
    void readSoon() {
        Thread thread = new Thread(reading, "gdviz-lesson-titles");
        thread.setDaemon(true);
        thread.start();
    }

    /** The titles, reading them here unless that has started already (then waiting for it). */
    Map<String, String> get() {
        reading.run();
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the bundled lessons cannot be listed", e.getCause());
        }
    }

    private static Map<String, String> read() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String name : BundledLessons.names()) {
            titles.put(name, title(name));
        }
        return titles;
    }

    /** The title a bundled lesson shows in the menu; tests make sure each one reads. */
    private static String title(String name) {
        try {
            return BundledLessons.read(name).title();
        } catch (LessonException e) {
            return name;
        }
    }
}
