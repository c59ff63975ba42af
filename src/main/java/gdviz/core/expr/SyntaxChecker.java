package gdviz.core.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks the lexemes once, left to right, and reports the first thing exp4j would misread or fail on:
 * a missing operand or operator, an unbalanced parenthesis, a misplaced comma, a wrong number of
 * arguments. After this check exp4j's shunting yard gets only well-formed input.
 */
final class SyntaxChecker {

    /** An open parenthesis, and the built-in it belongs to (null for plain grouping). */
    private static final class Group {
        final Lexeme open;
        final BuiltIn function;
        final Lexeme functionName;
        int commas;

        Group(Lexeme open, BuiltIn function, Lexeme functionName) {
            this.open = open;
            this.function = function;
            this.functionName = functionName;
        }
    }

    private final List<Lexeme> lexemes;
    private final NameTable names;
    private final Deque<Group> groups = new ArrayDeque<>();
    private final List<Integer> operandStarts = new ArrayList<>();
    private boolean expectOperand = true;
    private Lexeme previous;
    private BuiltIn pendingFunction;
    private Lexeme pendingName;

    private SyntaxChecker(List<Lexeme> lexemes, NameTable names) {
        this.lexemes = lexemes;
        this.names = names;
    }

    /**
     * Throws for the first problem in {@code lexemes}, which must not be empty.
     *
     * @return where each operand (number, variable or constant) starts in the text, left to right
     */
    static int[] check(List<Lexeme> lexemes, NameTable names) throws ExpressionException {
        SyntaxChecker checker = new SyntaxChecker(lexemes, names);
        checker.run();
        return checker.operandStarts.stream().mapToInt(Integer::intValue).toArray();
    }

    private void run() throws ExpressionException {
        for (int i = 0; i < lexemes.size(); i++) {
            Lexeme lexeme = lexemes.get(i);
            switch (lexeme.kind()) {
                case NUMBER -> number(lexeme);
                case NAME -> name(i);
                case OPEN -> open(lexeme);
                case CLOSE -> close(lexeme);
                case COMMA -> comma(lexeme);
                case OPERATOR -> operator(i);
            }
            previous = lexeme;
        }
        end();
    }

    private void number(Lexeme number) throws ExpressionException {
        if (!expectOperand && previous.is(Lexeme.Kind.NUMBER)) {
            throw ExpressionException.at(number.start(), "missing operator between " + previous.text() + " and "
                    + number.text() + " at " + number.where());
        }
        operandStarts.add(number.start());
        expectOperand = false;
    }

    private void name(int index) throws ExpressionException {
        BuiltIn function = names.resolve(lexemes, index);
        if (function == null) {
            operandStarts.add(lexemes.get(index).start());
            expectOperand = false;
        } else {
            pendingFunction = function;
            pendingName = lexemes.get(index);
            expectOperand = true;
        }
    }

    private void open(Lexeme open) {
        groups.push(new Group(open, pendingFunction, pendingName));
        pendingFunction = null;
        pendingName = null;
        expectOperand = true;
    }

    private void close(Lexeme close) throws ExpressionException {
        if (groups.isEmpty()) {
            throw ExpressionException.at(close.start(), "unexpected '" + close.text() + "' at " + close.where()
                    + ": no parenthesis is open");
        }
        Group group = groups.peek();
        if (Brackets.closing(group.open.symbol()) != close.symbol()) {
            throw ExpressionException.at(close.start(), "'" + close.text() + "' at " + close.where()
                    + " does not match '" + group.open.text() + "' at " + group.open.where());
        }
        if (expectOperand && !(previous.is(Lexeme.Kind.OPEN) && group.function != null)) {
            throw missingBefore(close);
        }
        groups.pop();
        if (group.function != null) {
            int arguments = previous.is(Lexeme.Kind.OPEN) ? 0 : group.commas + 1;
            checkArity(group, arguments);
        }
        expectOperand = false;
    }

    private void comma(Lexeme comma) throws ExpressionException {
        Group group = groups.peek();
        if (group == null || group.function == null) {
            throw ExpressionException.at(comma.start(), "misplaced ',' at " + comma.where()
                    + ": a comma only separates the arguments of a function, as in pow(x, 2)");
        }
        if (expectOperand) {
            throw missingBefore(comma);
        }
        group.commas++;
        expectOperand = true;
    }

    private void operator(int index) throws ExpressionException {
        Lexeme operator = lexemes.get(index);
        if (!expectOperand) {
            expectOperand = true;
            return;
        }
        boolean unary = operator.isOperator('+') || operator.isOperator('-');
        if (unary) {
            return;
        }
        if (operator.isOperator('*') && previous != null && previous.isOperator('*')
                && previous.start() + 1 == operator.start()) {
            throw doubleStar(index - 1);
        }
        throw ExpressionException.at(operator.start(), "missing operand before '" + operator.text() + "' at "
                + operator.where());
    }

    private void end() throws ExpressionException {
        if (expectOperand) {
            if (previous.is(Lexeme.Kind.OPEN)) {
                throw unclosed(groups.peek());
            }
            throw missingAfter(previous);
        }
        if (!groups.isEmpty()) {
            throw unclosed(groups.peek());
        }
    }

    private void checkArity(Group group, int arguments) throws ExpressionException {
        BuiltIn f = group.function;
        if (arguments != f.arity()) {
            Lexeme name = group.functionName;
            throw ExpressionException.at(name.start(), f.text() + " at " + name.where() + " needs " + f.arity()
                    + (f.arity() == 1 ? " argument" : " arguments") + ", found " + arguments);
        }
    }

    /** An operand was expected where {@code lexeme} (a ')' or ',') stands. */
    private ExpressionException missingBefore(Lexeme lexeme) {
        if (previous.is(Lexeme.Kind.OPEN)) {
            String what = lexeme.is(Lexeme.Kind.COMMA) ? "missing argument before ','" : "nothing inside the parentheses";
            Lexeme at = lexeme.is(Lexeme.Kind.COMMA) ? lexeme : previous;
            return ExpressionException.at(at.start(), what + " at " + at.where());
        }
        return missingAfter(previous);
    }

    private static ExpressionException missingAfter(Lexeme lexeme) {
        String what = lexeme.is(Lexeme.Kind.COMMA) ? "missing argument after ','" : "missing operand after '" + lexeme.text() + "'";
        return ExpressionException.at(lexeme.start(), what + " at " + lexeme.where());
    }

    private static ExpressionException unclosed(Group group) {
        Lexeme open = group.open;
        return ExpressionException.at(open.start(), "unclosed '" + open.text() + "' at " + open.where()
                + ": add '" + Brackets.closing(open.symbol()) + "'");
    }

    /** "x**2": a habit from other languages. */
    private ExpressionException doubleStar(int firstStar) {
        Lexeme star = lexemes.get(firstStar);
        Lexeme base = firstStar > 0 ? lexemes.get(firstStar - 1) : null;
        Lexeme exponent = firstStar + 2 < lexemes.size() ? lexemes.get(firstStar + 2) : null;
        String example = base != null && base.isAtom() && exponent != null && exponent.isAtom()
                ? base.text() + "^" + exponent.text() : "a^b";
        return ExpressionException.at(star.start(), "'**' at " + star.where() + " is not an operator: write "
                + example + " for a power");
    }
}
