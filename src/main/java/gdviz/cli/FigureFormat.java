package gdviz.cli;

import gdviz.chart.Figure;
import gdviz.chart.FigureException;
import gdviz.chart.FigureWriter;
import gdviz.io.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats {@code plot} writes, chosen by the file name's extension. */
enum FigureFormat {
    PNG(".png"),
    SVG(".svg");

    private final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The format of {@code file}, by its extension in any case.
     *
     * @throws UserInputException when the extension is neither .png nor .svg
     */
    static FigureFormat of(Path file) throws UserInputException {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (FigureFormat format : values()) {
            if (lower.endsWith(format.extension) && lower.length() > format.extension.length()) {
                return format;
            }
        }
        throw new UserInputException("--out " + file + ": the file name must end in .png or .svg");
    }

    /**
     * Renders {@code figure} and writes it to {@code file} atomically: the figure is complete in memory before
     * the file is touched, and a failure leaves an existing file as it was.
     */
    void write(Path file, Figure figure, FigureSize size) throws IOException, FigureException {
        switch (this) {
            case PNG -> {
                byte[] png = FigureWriter.png(figure, size.width(), size.height());
                AtomicFileWriter.write(file, out -> out.write(png));
            }
            case SVG -> {
                String svg = FigureWriter.svg(figure, size.width(), size.height());
                AtomicFileWriter.writeText(file, out -> out.write(svg));
            }
        }
    }
}
