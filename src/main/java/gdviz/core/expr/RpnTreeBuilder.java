package gdviz.core.expr;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/** Builds our immutable tree from exp4j's tokens in reverse Polish order. */
final class RpnTreeBuilder {

    private final Map<String, Integer> variableIndex;
    private final Deque<Node> stack = new ArrayDeque<>();

    private RpnTreeBuilder(Map<String, Integer> variableIndex) {
        this.variableIndex = variableIndex;
    }

    /**
     * @param rpn           exp4j's output for a text that passed our checks
     * @param variableIndex each variable's position in the function's variable list
     * @throws IllegalStateException when the tokens do not form one expression (a gap in our checks)
     */
    static Node build(Token[] rpn, Map<String, Integer> variableIndex) {
        RpnTreeBuilder builder = new RpnTreeBuilder(variableIndex);
        Arrays.stream(rpn).forEachOrdered(builder::push);
        if (builder.stack.size() != 1) {
            throw new IllegalStateException(builder.stack.size() + " expressions left instead of one");
        }
        return builder.stack.pop();
    }

    private void push(Token token) {
        switch (token.getType()) {
            case Token.TOKEN_NUMBER -> stack.push(new Node.Number(((NumberToken) token).getValue()));
            case Token.TOKEN_VARIABLE -> stack.push(named(((VariableToken) token).getName()));
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
                stack.push(new Node.Negate(pop()));
            }
            return;
        }
        Node right = pop();
        Node left = pop();
        stack.push(new Node.Binary(Operator.of(symbol), left, right));
    }

    private void function(FunctionToken token) {
        BuiltIn function = BuiltIn.of(token.getFunction().getName());
        Node[] arguments = new Node[function.arity()];
        for (int i = arguments.length - 1; i >= 0; i--) {
            arguments[i] = pop();
        }
        stack.push(new Node.Call(function, List.of(arguments)));
    }

    private Node pop() {
        if (stack.isEmpty()) {
            throw new IllegalStateException("an operator or function lacks an operand");
        }
        return stack.pop();
    }
}
