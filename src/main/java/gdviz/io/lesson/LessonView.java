package gdviz.io.lesson;

import java.util.Objects;

/**
 * How a lesson's pictures are shown.
 *
 * @param layout     how the map and the surface share the space
 * @param logColours whether the map's colours follow the logarithm of the height
 */
public record LessonView(Layout layout, boolean logColours) {

    /** The map and the surface side by side, or as tabs; named in files by {@link #key()}. */
    public enum Layout {
        SIDE_BY_SIDE("side-by-side"),
        TABS("tabs");

        private final String key;

        Layout(String key) {
            this.key = key;
        }

        /** The name in lesson files. */
        public String key() {
            return key;
        }
    }

    public LessonView {
        Objects.requireNonNull(layout, "layout");
    }
}
