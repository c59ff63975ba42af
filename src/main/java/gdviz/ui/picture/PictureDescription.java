package gdviz.ui.picture;

import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.grid.Domain;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.region.RegionModel;
import gdviz.ui.widgets.NumberText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * What a map or a curve shows, in a few sentences for a screen reader: the function, the region, the start point
 * and where the shown step is.
 */
public final class PictureDescription {

    private PictureDescription() {
    }

    /**
     * Gives {@code picture} the role of an image whose accessible text follows what it shows.
     *
     * @param kind what the picture is, e.g. "Contour map"
     * @param help how to operate it from the keyboard
     */
    public static void describe(Node picture, String kind, String help, FunctionModel function, RegionModel region,
            DescentModel descent, PlaybackModel playback) {
        picture.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        picture.setAccessibleHelp(help);
        picture.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> of(kind, function.functionProperty().get(), region.domain(),
                        descent.trajectoryProperty().get(), playback.currentProperty().get()),
                function.functionProperty(), region.domainProperty(), descent.trajectoryProperty(),
                playback.currentProperty()));
    }

    /**
     * @param kind     what the picture is, e.g. "Contour map"
     * @param function the function shown; null while the typed text does not parse
     * @param region   the region shown
     * @param run      the descent shown; null before the first run
     * @param current  the shown step, 0 or more
     */
    public static String of(String kind, ParsedFunction function, Domain region, Trajectory run, int current) {
        if (function == null) {
            return kind + ": no function to show";
        }
        List<String> names = function.variables();
        StringBuilder text = new StringBuilder(kind).append(" of f(").append(String.join(", ", names))
                .append(") = ").append(function.text()).append(", ").append(range(names.get(0), region.xMin(),
                        region.xMax()));
        if (names.size() > 1) {
            text.append(" and ").append(range(names.get(1), region.yMin(), region.yMax()));
        }
        text.append('.');
        if (run != null && run.dimension() == names.size() && run.size() > 0) {
            int shown = Math.min(current, run.size() - 1);
            text.append(" Start ").append(point(names, run, 0)).append(". Step ").append(shown).append(" of ")
                    .append(run.size() - 1).append(": ").append(point(names, run, shown)).append(", f = ")
                    .append(NumberText.table(run.value(shown))).append('.');
        }
        return text.toString();
    }

    private static String range(String name, double from, double to) {
        return name + " from " + NumberText.brief(from) + " to " + NumberText.brief(to);
    }

    private static String point(List<String> names, Trajectory run, int step) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            parts.add(names.get(k) + " = " + NumberText.table(run.coordinate(step, k)));
        }
        return String.join(", ", parts);
    }
}
