package gdviz.core.expr;

import java.util.Comparator;

/**
 * The order of the factors inside a printed term: named constants ({@code 2*pi*x}), then variables by
 * index ({@code x*y}), then any other factor by the first variable it uses ({@code cos(x)*cos(y)}), then
 * by its text. Other factors that use no variable, such as {@code log(2)}, come last.
 */
final class AtomOrder implements Comparator<Node> {

    static final AtomOrder INSTANCE = new AtomOrder();

    private static final Comparator<Node> ORDER = Comparator.comparing((Node node) -> node.accept(SortKey.VISITOR))
            .thenComparing(ExpressionPrinter::print)
            .thenComparing(Node::toString);

    private AtomOrder() {
    }

    @Override
    public int compare(Node a, Node b) {
        return ORDER.compare(a, b);
    }

    /**
     * @param kind          0 for named constants, 1 for variables, 2 for everything else
     * @param firstVariable the smallest variable index used, or {@link Integer#MAX_VALUE} for none
     */
    private record SortKey(int kind, int firstVariable) implements Comparable<SortKey> {
        static final int OTHER = 2;
        static final Node.Visitor<SortKey> VISITOR = new Node.Visitor<>() {
            @Override
            public SortKey number(Node.Number node) {
                return new SortKey(OTHER, Integer.MAX_VALUE);
            }

            @Override
            public SortKey constant(Node.Constant node) {
                return new SortKey(0, Integer.MAX_VALUE);
            }

            @Override
            public SortKey variable(Node.Variable node) {
                return new SortKey(1, node.index());
            }

            @Override
            public SortKey negate(Node.Negate node) {
                return other(node.operand());
            }

            @Override
            public SortKey binary(Node.Binary node) {
                return other(node.left(), node.right());
            }

            @Override
            public SortKey call(Node.Call node) {
                return other(node.arguments().toArray(Node[]::new));
            }

            private SortKey other(Node... children) {
                int first = Integer.MAX_VALUE;
                for (Node child : children) {
                    first = Math.min(first, child.accept(this).firstVariable());
                }
                return new SortKey(OTHER, first);
            }
        };

        @Override
        public int compareTo(SortKey other) {
            return kind != other.kind ? Integer.compare(kind, other.kind) : Integer.compare(firstVariable, other.firstVariable);
        }
    }
}
