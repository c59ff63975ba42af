package gdviz.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What About tells: gdviz's version and the libraries built in, read from {@code about.properties}, whose versions
 * Maven fills in from the POM; and the Java and JavaFX the app runs on.
 *
 * @param version   gdviz's version
 * @param libraries the libraries, in the order listed
 */
public record AboutInfo(String version, List<Library> libraries) {

    private static final String FILE = "about.properties";

    /** Reads the build's {@code about.properties}; a build without it is broken, so that is an error. */
    public static AboutInfo load() {
        Properties properties = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        List<Library> libraries = new ArrayList<>();
        for (int k = 1; properties.containsKey("library." + k); k++) {
            String[] fields = properties.getProperty("library." + k).split("\\|", -1);
            libraries.add(new Library(fields[0], fields[1], fields[2]));
        }
        return new AboutInfo(properties.getProperty("version"), List.copyOf(libraries));
    }

    /** "Java 17.0.12 (Eclipse Adoptium OpenJDK 64-Bit Server VM)" for the Java running the app. */
    public static String javaRuntime() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + " "
                + System.getProperty("java.vm.name") + ")";
    }

    /** "JavaFX 21.0.12" for the JavaFX running the app, once its toolkit has started. */
    public static String javafxRuntime() {
        return "JavaFX " + System.getProperty("javafx.runtime.version", "(not started)");
    }
}
