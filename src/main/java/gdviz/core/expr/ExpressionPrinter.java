package gdviz.core.expr;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prints trees in exp4j syntax with as few parentheses as exp4j needs to read back the same tree:
 * {@code 2*x + y}, {@code x^2 - 3*x*y}, {@code -sin(x)}, {@code (x + 1)^2}. Spaces surround {@code +} and
 * binary {@code -}, nothing else.
 *
 * <p>exp4j's rules that shape the output: {@code ^} is right-associative and binds tighter than unary
 * minus ({@code -x^2} is {@code -(x^2)}, so {@code (-x)^2} keeps its parentheses); {@code %} binds like
 * {@code *} and {@code /}. Negative right operands are always parenthesised for readability
 * ({@code x - (-2)}, {@code x^(-1)}), and {@code -(x*y)} prints as {@code -x*y}, which has the same value.
 */
public final class ExpressionPrinter {

    private static final int UNARY = 3;
    private static final int ATOM = 5;

    private ExpressionPrinter() {
    }

    /**
     * @param node the tree to print; not null, and no number in it may be NaN
     * @return the text, which exp4j parses back to an expression of the same value
     */
    public static String print(Node node) {
        return Objects.requireNonNull(node, "node").accept(Writer.INSTANCE).text();
    }

    /** Printed text and how tightly it binds, so the parent knows whether to wrap it. */
    private record Printed(String text, int precedence) {
        boolean startsWithMinus() {
            return text.startsWith("-");
        }

        String wrappedIf(boolean wrap) {
            return wrap ? "(" + text + ")" : text;
        }
    }

    private static final class Writer implements Node.Visitor<Printed> {
        static final Writer INSTANCE = new Writer();

        @Override
        public Printed number(Node.Number node) {
            String text = DecimalText.of(node.value());
            return new Printed(text, text.startsWith("-") ? UNARY : ATOM);
        }

        @Override
        public Printed constant(Node.Constant node) {
            return new Printed(node.constant().text(), ATOM);
        }

        @Override
        public Printed variable(Node.Variable node) {
            return new Printed(node.name(), ATOM);
        }

        @Override
        public Printed negate(Node.Negate node) {
            Printed operand = node.operand().accept(this);
            boolean wrap = operand.precedence() < Operator.MULTIPLY.precedence() || operand.startsWithMinus();
            int precedence = wrap ? UNARY : Math.min(UNARY, operand.precedence());
            return new Printed("-" + operand.wrappedIf(wrap), precedence);
        }

        @Override
        public Printed binary(Node.Binary node) {
            Operator operator = node.operator();
            int precedence = operator.precedence();
            Printed left = node.left().accept(this);
            Printed right = node.right().accept(this);
            boolean power = operator == Operator.POWER;
            boolean wrapLeft = power
                    ? left.precedence() <= precedence || left.startsWithMinus()
                    : left.precedence() < precedence;
            boolean wrapRight = right.startsWithMinus()
                    || (power ? right.precedence() < precedence : right.precedence() <= precedence);
            String symbol = precedence == Operator.ADD.precedence()
                    ? " " + operator.symbol() + " "
                    : String.valueOf(operator.symbol());
            return new Printed(left.wrappedIf(wrapLeft) + symbol + right.wrappedIf(wrapRight), precedence);
        }

        @Override
        public Printed call(Node.Call node) {
            String arguments = node.arguments().stream()
                    .map(argument -> argument.accept(this).text())
                    .collect(Collectors.joining(", "));
            return new Printed(node.function().text() + "(" + arguments + ")", ATOM);
        }
    }
}
