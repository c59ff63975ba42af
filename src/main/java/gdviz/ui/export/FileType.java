package gdviz.ui.export;

/**
 * A kind of file offered in a save dialog.
 *
 * @param description what the files are called, such as "PNG images"
 * @param extension   their extension without the dot, such as {@code png}
 */
public record FileType(String description, String extension) {

    /** The file name pattern of this type: {@code *.png}. */
    public String pattern() {
        return "*." + extension;
    }
}
