package gdviz.cli;

import gdviz.chart.FigureWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The size of an exported figure in pixels, written {@code 1280x800}.
 *
 * @param width  from {@link FigureWriter#MIN_SIZE} to {@link FigureWriter#MAX_SIZE}
 * @param height from {@link FigureWriter#MIN_SIZE} to {@link FigureWriter#MAX_SIZE}
 */
record FigureSize(int width, int height) {

    private static final Pattern WIDTH_BY_HEIGHT = Pattern.compile("(\\d{1,9})[xX](\\d{1,9})");

    /** Reads {@code WIDTHxHEIGHT}, each side in range. */
    static final class Converter implements ITypeConverter<FigureSize> {
        @Override
        public FigureSize convert(String text) {
            Matcher matcher = WIDTH_BY_HEIGHT.matcher(text.strip());
            if (!matcher.matches()) {
                throw new TypeConversionException("'" + text + "' is not a size in pixels such as 1280x800");
            }
            int width = Integer.parseInt(matcher.group(1));
            int height = Integer.parseInt(matcher.group(2));
            if (!(fits(width) && fits(height))) {
                throw new TypeConversionException("'" + text + "': width and height must each be between "
                        + FigureWriter.MIN_SIZE + " and " + FigureWriter.MAX_SIZE + " pixels");
            }
            return new FigureSize(width, height);
        }

        private static boolean fits(int side) {
            return side >= FigureWriter.MIN_SIZE && side <= FigureWriter.MAX_SIZE;
        }
    }
}
