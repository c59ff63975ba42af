package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages are product text: a teacher or student reads them, so their wording is tested. */
class ParseErrorTest {

    private static ExpressionException error(String text) {
        return catchThrowableOfType(ExpressionException.class, () -> FunctionParser.parse(text));
    }

    private static ExpressionException error(String text, List<String> variables) {
        return catchThrowableOfType(ExpressionException.class, () -> FunctionParser.parse(text, variables));
    }

    private static void assertError(String text, String message, int position) {
        ExpressionException e = error(text);
        assertThat(e).as(text).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyText(String text) {
        assertError(text, "the function is empty", -1);
    }

    @Test
    void disallowedCharacters() {
        assertError("x ! 2", "'!' at column 3 is not allowed: factorials are not supported", 2);
        assertError("x = 2", "'=' at column 3 is not allowed: type only the right-hand side, such as x^2 + y^2", 2);
        assertError("x ; y", "';' at column 3 is not allowed: a function is a single expression", 2);
        assertError("x & y", "'&' at column 3 is not allowed: use numbers, names, + - * / % ^, parentheses and ','", 2);
        assertError("x\u00b2", "'\u00b2' at column 2 is not allowed: write ^2 for a square", 1);
        assertError("2\u00d7x", "'\u00d7' at column 2 is not allowed: write * for a product", 1);
        assertError("x\u0007", "character U+0007 at column 2 is not allowed: use numbers, names, + - * / % ^,"
                + " parentheses and ','", 1);
        assertError("x + \ud83d\ude00", "character U+1F600 at column 5 is not allowed: use numbers, names,"
                + " + - * / % ^, parentheses and ','", 4);
    }

    @Test
    void tooDeeplyNested() {
        assertError("x" + "+x".repeat(RpnTreeBuilder.MAX_DEPTH), "the function is too large: the operations around"
                + " column 1 nest more than " + RpnTreeBuilder.MAX_DEPTH + " levels deep", 0);
        assertError("1 + " + "-(".repeat(RpnTreeBuilder.MAX_DEPTH) + "x" + ")".repeat(RpnTreeBuilder.MAX_DEPTH),
                "the function is too large: the operations around column 1005 nest more than "
                        + RpnTreeBuilder.MAX_DEPTH + " levels deep", 1004);
        assertThat(error("x" + "+x".repeat(RpnTreeBuilder.MAX_DEPTH - 1))).isNull();
    }

    @Test
    void malformedNumbers() {
        assertError("1.2.3*x", "malformed number '1.2.3' at column 1: a number has at most one '.'", 0);
        assertError("x + 2e-x", "malformed number '2e-' at column 5: an exponent needs digits, as in 1e-3", 4);
        assertError("x + .", "malformed number '.' at column 5: a number needs a digit", 4);
    }

    @Test
    void unknownFunctionNearABuiltIn() {
        assertError("sine(x)", "unknown function 'sine' at column 1: did you mean sin?", 0);
        assertError("x + sqr(x)", "unknown function 'sqr' at column 5: did you mean sqrt?", 4);
        assertError("Cos(x)", "unknown function 'Cos' at column 1: did you mean cos?", 0);
        assertError("ln(x)", "unknown function 'ln' at column 1: did you mean log?", 0);
        assertError("arctan(x)", "unknown function 'arctan' at column 1: did you mean atan?", 0);
        assertError("cso(x)", "unknown function 'cso' at column 1: did you mean cos?", 0);
    }

    @Test
    void unknownFunctionWrittenAgainstAVariable() {
        assertError("x + xsin(y)", "unknown function 'xsin' at column 5: did you mean x*sin?", 4);
    }

    @Test
    void unknownFunctionFarFromEveryBuiltIn() {
        assertError("a(x+1)", "unknown function 'a' at column 1: write a*(...) to multiply", 0);
        ExpressionException e = error("foo(x)", List.of("x"));
        assertThat(e.getMessage()).startsWith("unknown function 'foo' at column 1: the functions are sin, cos, tan,")
                .endsWith("floor, ceil, pow");
    }

    @Test
    void builtInWithoutParentheses() {
        assertError("sin x", "'sin' at column 1 needs parentheses: write sin(x)", 0);
        assertError("2*exp", "'exp' at column 3 needs parentheses: write exp(x)", 2);
        assertError("pow x", "'pow' at column 1 needs parentheses: write pow(a, b)", 0);
    }

    @Test
    void builtInRunTogetherWithItsArgument() {
        assertError("sinx", "unknown variable 'sinx' at column 1: did you mean sin(x)?"
                + " (list the variables explicitly to keep 'sinx' as a name)", 0);
        assertError("x + logy + y", "unknown variable 'logy' at column 5: did you mean log(y)?"
                + " (list the variables explicitly to keep 'logy' as a name)", 4);
        assertThat(error("sinx", List.of("x")).getMessage())
                .isEqualTo("unknown variable 'sinx' at column 1: did you mean sin(x)?");
    }

    @Test
    void variablesRunTogether() {
        assertError("x^2 + xy + y^2", "unknown variable 'xy' at column 7: did you mean x*y?", 6);
        assertThat(error("xy", List.of("x", "y")).getMessage())
                .isEqualTo("unknown variable 'xy' at column 1: did you mean x*y?");
        assertThat(error("2xpi", List.of("x")).getMessage())
                .isEqualTo("unknown variable 'xpi' at column 2: did you mean x*pi?");
    }

    @Test
    void nameOutsideTheExplicitVariables() {
        ExpressionException e = error("x + z", List.of("x", "y"));
        assertThat(e.getMessage()).isEqualTo("unknown variable 'z' at column 5: the variables are x, y");
        assertThat(e.position()).isEqualTo(4);
    }

    @Test
    void unbalancedParentheses() {
        assertError("(x + 1", "unclosed '(' at column 1: add ')'", 0);
        assertError("sin(x", "unclosed '(' at column 4: add ')'", 3);
        assertError("(x + (1)", "unclosed '(' at column 1: add ')'", 0);
        assertError("x)", "unexpected ')' at column 2: no parenthesis is open", 1);
        assertError("(x]", "']' at column 3 does not match '(' at column 1", 2);
    }

    @Test
    void missingOperands() {
        assertError("x +", "missing operand after '+' at column 3", 2);
        assertError("* x", "missing operand before '*' at column 1", 0);
        assertError("x + * y", "missing operand before '*' at column 5", 4);
        assertError("(x - )", "missing operand after '-' at column 4", 3);
        assertError("-", "missing operand after '-' at column 1", 0);
        assertError("()", "nothing inside the parentheses at column 1", 0);
    }

    @Test
    void pythonPower() {
        assertError("x**2", "'**' at column 2 is not an operator: write x^2 for a power", 1);
        assertError("(x+1) ** 3", "'**' at column 7 is not an operator: write a^b for a power", 6);
    }

    @Test
    void wrongNumberOfArguments() {
        assertError("sin()", "sin at column 1 needs 1 argument, found 0", 0);
        assertError("pow(x)", "pow at column 1 needs 2 arguments, found 1", 0);
        assertError("x + sin(x, y)", "sin at column 5 needs 1 argument, found 2", 4);
        assertError("pow(x, y, 2)", "pow at column 1 needs 2 arguments, found 3", 0);
    }

    @Test
    void misplacedCommas() {
        assertError("x, y", "misplaced ',' at column 2: a comma only separates the arguments of a function,"
                + " as in pow(x, 2)", 1);
        assertError("sin((x, y))", "misplaced ',' at column 7: a comma only separates the arguments of a function,"
                + " as in pow(x, 2)", 6);
        assertError("pow(, x)", "missing argument before ',' at column 5", 4);
        assertError("pow(x, )", "missing argument after ',' at column 6", 5);
    }

    @Test
    void twoNumbersInARow() {
        assertError("2 3", "missing operator between 2 and 3 at column 3", 2);
    }

    @Test
    void constantWithoutVariables() {
        assertError("5", "the function has no variable: use at least one, such as x, or give its"
                + " variables explicitly", -1);
        assertError("2*pi", "the function has no variable: use at least one, such as x, or give its"
                + " variables explicitly", -1);
    }

    @Test
    void unusableVariableLists() {
        assertThat(error("x", List.of()).getMessage()).isEqualTo("no variables given: name at least one, such as x");
        assertThat(error("x", List.of("2x")).getMessage()).isEqualTo("'2x' is not a valid variable name: start with"
                + " a letter or '_', then use letters, digits, '_' or '.'");
        assertThat(error("x", List.of("sin")).getMessage())
                .isEqualTo("'sin' cannot be a variable: it is a built-in function");
        assertThat(error("x", List.of("pi")).getMessage())
                .isEqualTo("'pi' cannot be a variable: it is a built-in constant");
        assertThat(error("x", List.of("x", "x")).getMessage()).isEqualTo("variable 'x' is listed twice");
        assertThat(error("x", List.of("x", "x")).position()).isEqualTo(-1);
    }

    @Test
    void firstProblemFromTheLeftIsReported() {
        assertError("x + * y + sine(x)", "missing operand before '*' at column 5", 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x +", "x)", "((", "sin(", "x ** ** 2", ",", "pow(,)", "(,x)", "e e", "2 ^", "x^^2",
            "%x", "x(", ")(", "sin()()", "1..2", "x +-*/ y", "[x)", "{", "pow(x,y)(", "2 3 4", "x y z 2 3"})
    void everyBadTextGivesOneLineNeverAnotherException(String text) {
        ExpressionException e = error(text);
        assertThat(e).as(text).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").matches("[a-z'].*");
        assertThat(e.position()).isBetween(-1, text.length() - 1);
    }
}
