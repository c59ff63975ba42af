package gdviz.cli;

import gdviz.core.descent.Trajectory;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.presets.KnownMinimum;
import gdviz.core.presets.Preset;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view needs to draw one figure.
 *
 * @param function  the function; its variables name the axes
 * @param path      the descent, every step of it; the last is the current one
 * @param preset    the preset the function is, if any, for its region and known minima
 * @param domain    {@code --domain} as given, or null for the default region
 * @param size      the figure size
 * @param levels    how many contour levels a map draws, 1 or more
 * @param logLevels whether a map spaces its levels logarithmically above the minimum
 * @param samples   grid samples along the longer side of a map, 2 or more
 * @param title     the figure title
 */
record PlotRequest(ParsedFunction function, Trajectory path, Optional<Preset> preset, NumberList domain,
                   FigureSize size, int levels, boolean logLevels, int samples, String title) {

    /** The preset's known minima, or none. */
    List<KnownMinimum> minima() {
        return preset.map(Preset::minima).orElse(List.of());
    }

    /** The numbers of {@code --domain}, which must be {@code count} for this view, written as {@code form}. */
    double[] domainValues(int count, String form) throws UserInputException {
        if (domain.size() != count) {
            throw new UserInputException("--domain takes " + form + ", not " + domain.size()
                    + (domain.size() == 1 ? " number" : " numbers"));
        }
        return domain.values();
    }

    /** One coordinate of every step, in order. */
    double[] coordinates(int variable) {
        double[] column = new double[path.size()];
        for (int k = 0; k < column.length; k++) {
            column[k] = path.coordinate(k, variable);
        }
        return column;
    }

    /** f at every step, in order. */
    double[] values() {
        double[] column = new double[path.size()];
        for (int k = 0; k < column.length; k++) {
            column[k] = path.value(k);
        }
        return column;
    }

    /** The index of the last step, the one shown as current. */
    int last() {
        return path.size() - 1;
    }

    /** The learning rate of the descent. */
    double rate() {
        return path.outcome().settings().rate();
    }
}
