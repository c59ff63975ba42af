package gdviz.core.expr;

/**
 * A node of a parsed expression tree. Trees are immutable; equal trees are {@code equals}.
 */
public sealed interface Node permits Node.Number, Node.Constant, Node.Variable, Node.Negate, Node.Binary, Node.Call {

    <R> R accept(Visitor<R> visitor);

    /** Double dispatch over the node kinds, so passes over the tree need no instanceof chains. */
    interface Visitor<R> {
        R number(Number node);

        R constant(Constant node);

        R variable(Variable node);

        R negate(Negate node);

        R binary(Binary node);

        R call(Call node);
    }

    /** A number literal. */
    record Number(double value) implements Node {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.number(this);
        }
    }

    /** A named constant such as {@code pi} or {@code e}. */
    record Constant(NamedConstant constant) implements Node {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.constant(this);
        }
    }

    /** A variable, with its position in the function's variable list. */
    record Variable(String name, int index) implements Node {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.variable(this);
        }
    }

    /** Unary minus. Unary plus is dropped by the parser. */
    record Negate(Node operand) implements Node {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.negate(this);
        }
    }

    /** A binary operator applied to two operands. */
    record Binary(Operator operator, Node left, Node right) implements Node {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.binary(this);
        }
    }

    /** A built-in function applied to its arguments; {@code arguments.size() == function.arity()}. */
    record Call(BuiltIn function, java.util.List<Node> arguments) implements Node {
        public Call {
            arguments = java.util.List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.call(this);
        }
    }
}
