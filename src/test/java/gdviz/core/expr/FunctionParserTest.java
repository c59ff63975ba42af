package gdviz.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.expr.Node.Binary;
import gdviz.core.expr.Node.Call;
import gdviz.core.expr.Node.Constant;
import gdviz.core.expr.Node.Negate;
import gdviz.core.expr.Node.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionParserTest {

    private static final Variable X = new Variable("x", 0);
    private static final Variable Y = new Variable("y", 1);

    private static Node number(double v) {
        return new Node.Number(v);
    }

    private static Node bin(Operator op, Node l, Node r) {
        return new Binary(op, l, r);
    }

    private static Node root(String text) throws ExpressionException {
        return FunctionParser.parse(text).root();
    }

    @Test
    void discoversVariablesInAlphabeticalOrder() throws ExpressionException {
        assertThat(FunctionParser.parse("y^2 + x*y + x^2").variables()).containsExactly("x", "y");
        assertThat(FunctionParser.parse("d + c*b - a").variables()).containsExactly("a", "b", "c", "d");
        assertThat(FunctionParser.parse("w^2").variables()).containsExactly("w");
        assertThat(FunctionParser.parse("w1^2 + w2^2").variables()).containsExactly("w1", "w2");
    }

    @Test
    void functionsAndConstantsAreNotVariables() throws ExpressionException {
        ParsedFunction f = FunctionParser.parse("sin(x) + pi*e + exp(t) + \u03c0 + \u03c6");
        assertThat(f.variables()).containsExactly("t", "x");
    }

    @Test
    void variableIndexesFollowTheVariableOrder() throws ExpressionException {
        assertThat(root("y + x")).isEqualTo(bin(Operator.ADD, Y, X));
    }

    @Test
    void explicitVariablesKeepTheirOrder() throws ExpressionException {
        ParsedFunction f = FunctionParser.parse("x + y", List.of("y", "x"));
        assertThat(f.variables()).containsExactly("y", "x");
        assertThat(f.root()).isEqualTo(bin(Operator.ADD, new Variable("x", 1), new Variable("y", 0)));
    }

    @Test
    void explicitVariablesMayBeUnusedSoAConstantIsAFunction() throws ExpressionException {
        ParsedFunction f = FunctionParser.parse("5", List.of("x"));
        assertThat(f.root()).isEqualTo(number(5));
        assertThat(f.compile().value(3)).isEqualTo(5);
    }

    @Test
    void explicitVariablesMayJoinNamesTheTextWritesApart() throws ExpressionException {
        assertThat(FunctionParser.parse("xy^2", List.of("xy")).root())
                .isEqualTo(bin(Operator.POWER, new Variable("xy", 0), number(2)));
    }

    @Test
    void acceptsPastedNoBreakSpaces() throws ExpressionException {
        assertThat(root("x\u00a0+\u2009y")).isEqualTo(bin(Operator.ADD, X, Y));
    }

    @Test
    void keepsTheTextAsTyped() throws ExpressionException {
        assertThat(FunctionParser.parse("  2*x^2 ").text()).isEqualTo("  2*x^2 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^2 + x*y + y^2", "2*x^2", "2x", "2(x+1)", "(x+1)(x-1)", "w1^2 + w2^2",
            "sin(x)*cos(y)", "pow(x,3)", "-x^2", "2^-x", "x % 3", "1e-3*x", "a+b+c+d", "pi*x + e", "x y",
            "[x + {y - 1}]", "+x", "--x", "x.1 + _y", "2.5e+2*x", ".5x", "5.x"})
    void parsesTheLanguage(String text) throws ExpressionException {
        assertThat(FunctionParser.parse(text).root()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sin", "cos", "tan", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "log", "log2",
            "log10", "log1p", "exp", "expm1", "sqrt", "cbrt", "abs", "signum", "floor", "ceil"})
    void parsesEveryOneArgumentBuiltIn(String name) throws ExpressionException {
        assertThat(root(name + "(x)")).isEqualTo(new Call(BuiltIn.of(name), List.of(X)));
    }

    @Test
    void parsesPowWithTwoArguments() throws ExpressionException {
        assertThat(root("pow(x, y + 1)"))
                .isEqualTo(new Call(BuiltIn.POW, List.of(X, bin(Operator.ADD, Y, number(1)))));
    }

    @Test
    void multiplicationBindsTighterThanAddition() throws ExpressionException {
        assertThat(root("x + x*y")).isEqualTo(bin(Operator.ADD, X, bin(Operator.MULTIPLY, X, Y)));
        assertThat(root("x*y - x")).isEqualTo(bin(Operator.SUBTRACT, bin(Operator.MULTIPLY, X, Y), X));
    }

    @Test
    void moduloHasThePrecedenceOfMultiplication() throws ExpressionException {
        assertThat(root("x + x % 3 * y")).isEqualTo(bin(Operator.ADD, X,
                bin(Operator.MULTIPLY, bin(Operator.MODULO, X, number(3)), Y)));
    }

    @Test
    void subtractionAndDivisionAssociateToTheLeft() throws ExpressionException {
        assertThat(root("x - y - 1")).isEqualTo(bin(Operator.SUBTRACT, bin(Operator.SUBTRACT, X, Y), number(1)));
        assertThat(root("x / y / 2")).isEqualTo(bin(Operator.DIVIDE, bin(Operator.DIVIDE, X, Y), number(2)));
    }

    @Test
    void powerAssociatesToTheRight() throws ExpressionException {
        assertThat(root("x^y^2")).isEqualTo(bin(Operator.POWER, X, bin(Operator.POWER, Y, number(2))));
    }

    @Test
    void unaryMinusBindsLooserThanPower() throws ExpressionException {
        assertThat(root("-x^2")).isEqualTo(new Negate(bin(Operator.POWER, X, number(2))));
        assertThat(root("2^-x")).isEqualTo(bin(Operator.POWER, number(2), new Negate(X)));
        assertThat(root("x*-y")).isEqualTo(bin(Operator.MULTIPLY, X, new Negate(Y)));
    }

    @Test
    void unaryPlusIsDropped() throws ExpressionException {
        assertThat(root("+x")).isEqualTo(X);
    }

    @Test
    void implicitMultiplicationBindsLikeAStar() throws ExpressionException {
        assertThat(root("2x")).isEqualTo(bin(Operator.MULTIPLY, number(2), X));
        assertThat(root("2x^2")).isEqualTo(bin(Operator.MULTIPLY, number(2), bin(Operator.POWER, X, number(2))));
        assertThat(root("2(x+1)")).isEqualTo(bin(Operator.MULTIPLY, number(2), bin(Operator.ADD, X, number(1))));
        assertThat(root("(x+1)(x-1)")).isEqualTo(bin(Operator.MULTIPLY,
                bin(Operator.ADD, X, number(1)), bin(Operator.SUBTRACT, X, number(1))));
        assertThat(root("x(x+1)")).isEqualTo(bin(Operator.MULTIPLY, X, bin(Operator.ADD, X, number(1))));
        assertThat(root("x y")).isEqualTo(bin(Operator.MULTIPLY, X, Y));
    }

    @Test
    void readsNumbersAsExp4jDoes() throws ExpressionException {
        assertThat(root("1e-3*x")).isEqualTo(bin(Operator.MULTIPLY, number(0.001), X));
        // a trailing e is the constant, not an exponent
        assertThat(root("2e*x")).isEqualTo(bin(Operator.MULTIPLY, bin(Operator.MULTIPLY, number(2),
                new Constant(NamedConstant.E)), X));
    }

    @Test
    void namesTheConstants() throws ExpressionException {
        assertThat(root("pi*x")).isEqualTo(bin(Operator.MULTIPLY, new Constant(NamedConstant.PI), X));
        assertThat(root("\u03c0*x")).isEqualTo(bin(Operator.MULTIPLY, new Constant(NamedConstant.PI_SYMBOL), X));
        assertThat(root("e^x")).isEqualTo(bin(Operator.POWER, new Constant(NamedConstant.E), X));
        assertThat(root("\u03c6*x")).isEqualTo(bin(Operator.MULTIPLY, new Constant(NamedConstant.PHI), X));
    }

    @Test
    void handlesManyVariables() throws ExpressionException {
        ParsedFunction f = FunctionParser.parse("a+b+c+d");
        assertThat(f.variables()).containsExactly("a", "b", "c", "d");
        assertThat(f.compile().value(1, 2, 3, 4)).isEqualTo(10);
    }

    @Test
    void compilesOnceAndReusesTheResult() throws ExpressionException {
        ParsedFunction f = FunctionParser.parse("x^2");
        assertThat(f.compile()).isSameAs(f.compile());
    }
}
