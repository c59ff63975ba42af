package gdviz.core.expr;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/** Reads printed text back with exp4j itself, the library users' functions are written for. */
final class Exp4j {

    private Exp4j() {
    }

    /** The value of {@code text} with {@code names[i]} set to {@code point[i]}. */
    static double evaluate(String text, String[] names, double... point) {
        ExpressionBuilder builder = new ExpressionBuilder(text);
        if (names.length > 0) {
            builder.variables(names);
        }
        Expression expression = builder.build();
        for (int i = 0; i < names.length; i++) {
            expression.setVariable(names[i], point[i]);
        }
        return expression.evaluate();
    }

    static double evaluate(String text) {
        return evaluate(text, new String[0]);
    }
}
