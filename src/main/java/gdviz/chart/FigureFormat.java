package gdviz.chart;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a figure is exported in, chosen by the file name's extension: the same for the command line's
 * {@code plot} and the app's File › Export figure.
 */
public enum FigureFormat {
    PNG("png", "PNG images"),
    SVG("svg", "SVG drawings");

    private final String extension;
    private final String description;

    FigureFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The extension without the dot, in lower case: {@code png}. */
    public String extension() {
        return extension;
    }

    /** What files of this format are called in a save dialog: "PNG images". */
    public String description() {
        return description;
    }

    /**
     * The format a file name asks for, by its extension in any case; empty when it ends in neither
     * {@code .png} nor {@code .svg} or is nothing but the extension.
     *
     * @param fileName a file's name without its folders
     */
    public static Optional<FigureFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (FigureFormat format : values()) {
            String suffix = "." + format.extension;
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The whole file's bytes: a PNG image, or an SVG document in UTF-8. The figure is complete in memory before
     * anything is written, so the caller can replace a file atomically.
     *
     * @param width, height the figure size in pixels, each in [{@link FigureWriter#MIN_SIZE},
     *                      {@link FigureWriter#MAX_SIZE}]
     * @throws FigureSizeException when the size is out of range or too small to hold the figure
     */
    public byte[] render(Figure figure, int width, int height) throws FigureException {
        return switch (this) {
            case PNG -> FigureWriter.png(figure, width, height);
            case SVG -> FigureWriter.svg(figure, width, height).getBytes(StandardCharsets.UTF_8);
        };
    }
}
