package gdviz.cli;

import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import gdviz.core.expr.ParsedFunction;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --function} and {@code --vars}, shared by every command that takes a function. */
final class FunctionOptions {

    @Option(names = "--function", required = true, paramLabel = "F",
            description = "the function in exp4j syntax, e.g. \"x^2 + x*y + y^2\"")
    String text;

    /** One value split here rather than by picocli, which would show and accept it as a repeatable option. */
    @Option(names = "--vars", paramLabel = "x,y...",
            description = "the variables in order; default: every other name in F, alphabetically")
    String variables;

    /** The parsed function; a syntax problem becomes a one-line user error. */
    ParsedFunction parse() throws UserInputException {
        try {
            return variables == null ? FunctionParser.parse(text)
                    : FunctionParser.parse(text, List.of(variables.split(",", -1)));
        } catch (ExpressionException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
