package gdviz.cli;

import gdviz.chart.Figure;
import gdviz.chart.FigureException;
import gdviz.core.expr.ParsedFunction;
import java.util.List;

/** The views {@code plot --view} draws, each for functions of one number of variables. */
enum ViewChoice implements NamedChoice {
    CONTOUR("contour", 2, MapFigure::create),
    SURFACE("surface", 2, SurfaceFigure::create),
    CURVE("curve", 1, CurveFigure::create);

    /** Builds a view's figure. */
    @FunctionalInterface
    interface Builder {
        Figure create(PlotRequest request) throws UserInputException, FigureException;
    }

    private static final String[] NUMBER_WORDS = {"no", "one", "two"};

    private final String optionName;
    private final int variables;
    private final Builder builder;

    ViewChoice(String optionName, int variables, Builder builder) {
        this.optionName = optionName;
        this.variables = variables;
        this.builder = builder;
    }

    @Override
    public String optionName() {
        return optionName;
    }

    /** The figure of this view for {@code request}, whose function has the variables this view needs. */
    Figure create(PlotRequest request) throws UserInputException, FigureException {
        return builder.create(request);
    }

    /**
     * The view for {@code function} when none is asked for: the first made for its number of variables, so the
     * contour map for two.
     *
     * @throws UserInputException when no view draws a function of that many variables
     */
    static ViewChoice fitting(ParsedFunction function) throws UserInputException {
        for (ViewChoice view : values()) {
            if (view.variables == function.variables().size()) {
                return view;
            }
        }
        throw new UserInputException("plot draws functions of one or two variables; " + described(function));
    }

    /** @throws UserInputException when this view cannot draw {@code function}, naming its variables */
    void requireFits(ParsedFunction function) throws UserInputException {
        if (function.variables().size() != variables) {
            throw new UserInputException("--view " + optionName + " needs a function of " + NUMBER_WORDS[variables]
                    + (variables == 1 ? " variable; " : " variables; ") + described(function));
        }
    }

    /** "x^2 + y^2 has 2 (x, y)" */
    private static String described(ParsedFunction function) {
        List<String> names = function.variables();
        return function.text().strip() + " has " + names.size() + " (" + String.join(", ", names) + ")";
    }

    /** Converts an option value; unknown names are refused with the list of known ones. */
    static final class Converter extends NamedChoice.Lookup<ViewChoice> {
        Converter() {
            super(values(), "a view");
        }
    }

    /** The view names, for picocli's help text. */
    static final class Names extends NamedChoice.Names {
        Names() {
            super(values());
        }
    }
}
