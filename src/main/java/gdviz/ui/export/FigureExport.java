package gdviz.ui.export;

import gdviz.chart.FigureFormat;
import gdviz.io.AtomicFileWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves a picture of the window as a PNG or SVG figure, by the file name's extension, drawn by the same renderer
 * as the command line's {@code plot} at the size the picture has on screen. The figure is complete in memory
 * before the file is touched, so a failure leaves an existing file as it was; failures are told in words.
 */
public final class FigureExport {

    private static final List<FileType> TYPES = Arrays.stream(FigureFormat.values())
            .map(format -> new FileType(format.description(), format.extension())).toList();

    private final SaveLocation location;
    private final Consumer<String> problems;

    /**
     * @param location asks where to save
     * @param problems shows a one-line problem to the user
     */
    public FigureExport(SaveLocation location, Consumer<String> problems) {
        this.location = Objects.requireNonNull(location, "location");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Asks where to save {@code picture}, then saves it there; does nothing if the user cancels.
     *
     * @param shown what the picture shows now, or null when it shows nothing
     */
    public void ask(Picture picture, ShownFigure shown) {
        if (shown == null) {
            nothingShown(picture);
            return;
        }
        Optional<Path> target = location.ask(picture.fileName() + "." + TYPES.get(0).extension(), TYPES);
        target.ifPresent(file -> saveTo(file, picture, shown));
    }

    /**
     * Saves {@code picture} to {@code target}, a {@code .png} or {@code .svg} file.
     *
     * @param shown what the picture shows now, or null when it shows nothing
     * @return whether the file was written
     */
    public boolean saveTo(Path target, Picture picture, ShownFigure shown) {
        if (shown == null) {
            nothingShown(picture);
            return false;
        }
        Path name = target.getFileName();
        Optional<FigureFormat> format = FigureFormat.of(name == null ? "" : name.toString());
        String failure = "The " + picture.label().toLowerCase(Locale.ROOT) + " was not saved";
        if (format.isEmpty()) {
            problems.accept(failure + ": the file name " + target.getFileName() + " must end in .png or .svg");
            return false;
        }
        return ExportAttempt.run(failure, problems, () -> {
            byte[] figure = format.get().render(shown.figure(), shown.width(), shown.height());
            AtomicFileWriter.write(target, out -> out.write(figure));
        });
    }

    private void nothingShown(Picture picture) {
        problems.accept("The " + picture.label().toLowerCase(Locale.ROOT) + " shows nothing to save yet.");
    }
}
