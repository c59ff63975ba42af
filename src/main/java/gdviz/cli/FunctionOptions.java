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

    @Option(names = "--vars", split = ",", paramLabel = "x,y...", hideParamSyntax = true,
            description = "the variables in order; default: every other name in F, alphabetically")
    List<String> variables;

    /** The parsed function; a syntax problem becomes a one-line user error. */
    ParsedFunction parse() throws UserInputException {
        try {
            return variables == null ? FunctionParser.parse(text) : FunctionParser.parse(text, variables);
        } catch (ExpressionException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
