package gdviz.ui.about;

import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon, a contour map with a descent on it, at the sizes desktops ask for (assets/make-icons.sh). */
public final class AppIcon {

    /** The sizes drawn, in pixels. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Every size, smallest first, for a window's icon list. */
    public static List<Image> all() {
        return Arrays.stream(SIZES).mapToObj(AppIcon::of).toList();
    }

    /**
     * One size.
     *
     * @param size one of {@link #SIZES}
     */
    public static Image of(int size) {
        String name = "icons/gdviz-" + size + ".png";
        var url = AppIcon.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no icon of " + size + " pixels in the build");
        }
        return new Image(url.toExternalForm());
    }
}
