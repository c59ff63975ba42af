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

    /** A finished subtree and the number of levels in it. */
    private record Tree(Node node, int depth) {
    }

    private final Map<String, Integer> variableIndex;
    private final Deque<Tree> stack = new ArrayDeque<>();

    private RpnTreeBuilder(Map<String, Integer> variableIndex) {
        this.variableIndex = variableIndex;
    }

    /**
     * @param rpn           exp4j's output for a text that passed our checks
     * @param variableIndex each variable's position in the function's variable list
     * @throws ExpressionException   when the tree would be deeper than {@link #MAX_DEPTH}
     * @throws IllegalStateException when the tokens do not form one expression (a gap in our checks)
     */
    static Node build(Token[] rpn, Map<String, Integer> variableIndex) throws ExpressionException {
        RpnTreeBuilder builder = new RpnTreeBuilder(variableIndex);
        for (Token token : rpn) {
            builder.push(token);
            if (builder.stack.peek().depth() > MAX_DEPTH) {
                throw ExpressionException.general("the function is too large: it nests more than " + MAX_DEPTH
                        + " operations inside one another");
            }
        }
        if (builder.stack.size() != 1) {
            throw new IllegalStateException(builder.stack.size() + " expressions left instead of one");
        }
        return builder.stack.pop().node();
    }

    private void push(Token token) {
        switch (token.getType()) {
            case Token.TOKEN_NUMBER -> stack.push(new Tree(new Node.Number(((NumberToken) token).getValue()), 1));
            case Token.TOKEN_VARIABLE -> stack.push(new Tree(named(((VariableToken) token).getName()), 1));
            case Token.TOKEN_OPERATOR -> operator((OperatorToken) token);
            case Token.TOKEN_FUNCTION -> function((FunctionToken) token);
            default -> throw new IllegalStateException("unexpected token type " + token.getType());
        }
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
                stack.push(new Tree(new Node.Negate(operand.node()), operand.depth() + 1));
            }
            return;
        }
        Tree right = pop();
        Tree left = pop();
        stack.push(new Tree(new Node.Binary(Operator.of(symbol), left.node(), right.node()),
                Math.max(left.depth(), right.depth()) + 1));
    }

    private void function(FunctionToken token) {
        BuiltIn function = BuiltIn.of(token.getFunction().getName());
        Node[] arguments = new Node[function.arity()];
        int depth = 0;
        for (int i = arguments.length - 1; i >= 0; i--) {
            Tree argument = pop();
            arguments[i] = argument.node();
            depth = Math.max(depth, argument.depth());
        }
        stack.push(new Tree(new Node.Call(function, List.of(arguments)), depth + 1));
    }

    private Tree pop() {
        if (stack.isEmpty()) {
            throw new IllegalStateException("an operator or function lacks an operand");
        }
        return stack.pop();
    }
}
