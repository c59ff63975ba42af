package gdviz.core.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * Builds our immutable tree from exp4j's tokens in reverse Polish order, refusing trees so deep that
 * walking them recursively (compiling, printing, comparing) could overflow a thread's stack.
 */
final class RpnTreeBuilder {

    static final int MAX_DEPTH = 500;

    /**
     * A finished subtree, the number of levels in it, and which operand (counted from 0, left to right)
     * is its first: reverse Polish order keeps the operands in the order of the text.
     */
    private record Tree(Node node, int depth, int firstOperand) {
    }

    private final Map<String, Integer> variableIndex;
    private final Deque<Tree> stack = new ArrayDeque<>();
    private int operands;

    private RpnTreeBuilder(Map<String, Integer> variableIndex) {
        this.variableIndex = variableIndex;
    }

    /**
     * @param rpn              exp4j's output for a text that passed our checks
     * @param variableIndex    each variable's position in the function's variable list
     * @param operandPositions where each operand (number, variable, constant) starts in the text, in order
     * @throws ExpressionException   when the tree would be deeper than {@link #MAX_DEPTH}, naming the column
     *                               of the first operand of the part that is too deep
     * @throws IllegalStateException when the tokens do not form one expression (a gap in our checks)
     */
    static Node build(Token[] rpn, Map<String, Integer> variableIndex, int[] operandPositions)
            throws ExpressionException {
        RpnTreeBuilder builder = new RpnTreeBuilder(variableIndex);
        for (Token token : rpn) {
            builder.push(token);
            Tree top = builder.stack.peek();
            if (top.depth() > MAX_DEPTH) {
                int position = operandPositions[top.firstOperand()];
                throw ExpressionException.at(position, "the function is too large: the operations around "
                        + ExpressionException.column(position) + " nest more than " + MAX_DEPTH
                        + " levels deep");
            }
        }
        if (builder.stack.size() != 1) {
            throw new IllegalStateException(builder.stack.size() + " expressions left instead of one");
        }
        return builder.stack.pop().node();
    }

    private void push(Token token) {
        switch (token.getType()) {
            case Token.TOKEN_NUMBER -> operand(new Node.Number(((NumberToken) token).getValue()));
            case Token.TOKEN_VARIABLE -> operand(named(((VariableToken) token).getName()));
            case Token.TOKEN_OPERATOR -> operator((OperatorToken) token);
            case Token.TOKEN_FUNCTION -> function((FunctionToken) token);
            default -> throw new IllegalStateException("unexpected token type " + token.getType());
        }
    }

    private void operand(Node node) {
        stack.push(new Tree(node, 1, operands++));
    }

    private Node named(String name) {
        NamedConstant constant = NamedConstant.of(name);
        if (constant != null) {
            return new Node.Constant(constant);
        }
        Integer index = variableIndex.get(name);
        if (index == null) {
            throw new IllegalStateException("unknown name " + name);
        }
        return new Node.Variable(name, index);
    }

    private void operator(OperatorToken token) {
        var operator = token.getOperator();
        char symbol = operator.getSymbol().charAt(0);
        if (operator.getNumOperands() == 1) {
            if (symbol == '-') {
                Tree operand = pop();
                stack.push(new Tree(new Node.Negate(operand.node()), operand.depth() + 1, operand.firstOperand()));
            }
            return;
        }
        Tree right = pop();
        Tree left = pop();
        stack.push(new Tree(new Node.Binary(Operator.of(symbol), left.node(), right.node()),
                Math.max(left.depth(), right.depth()) + 1, left.firstOperand()));
    }

    private void function(FunctionToken token) {
        BuiltIn function = BuiltIn.of(token.getFunction().getName());
        Node[] arguments = new Node[function.arity()];
        int depth = 0;
        int firstOperand = operands;
        for (int i = arguments.length - 1; i >= 0; i--) {
            Tree argument = pop();
            arguments[i] = argument.node();
            depth = Math.max(depth, argument.depth());
            firstOperand = argument.firstOperand();
        }
        stack.push(new Tree(new Node.Call(function, List.of(arguments)), depth + 1, firstOperand));
    }

    private Tree pop() {
        if (stack.isEmpty()) {
            throw new IllegalStateException("an operator or function lacks an operand");
        }
        return stack.pop();
    }
}
