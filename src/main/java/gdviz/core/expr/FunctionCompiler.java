package gdviz.core.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an expression tree into a {@link Tape}, folding every subtree without variables into one
 * number on the way, and wraps it with generated value code into a {@link CompiledFunction}.
 */
final class FunctionCompiler implements Node.Visitor<FunctionCompiler.Operand> {

    /** Where an operand's value comes from: a slot of the tape, or a number known now. */
    record Operand(int slot, double constant) {
        static Operand of(double constant) {
            return new Operand(-1, constant);
        }

        boolean isConstant() {
            return slot < 0;
        }
    }

    private final List<Step> steps = new ArrayList<>();
    /** One step per variable however often it occurs, so the tape carries each unit vector once. */
    private final Map<Integer, Operand> variables = new HashMap<>();

    private FunctionCompiler() {
    }

    static CompiledFunction compile(ParsedFunction function) {
        Tape tape = tape(function.root(), function.variables().size());
        return new CompiledFunction(function.text(), function.variables(), tape, ValueCodeGenerator.generate(tape),
                GradientCodeGenerator.generate(tape));
    }

    /** The tape computing {@code root} for points of {@code dimension} coordinates. */
    static Tape tape(Node root, int dimension) {
        FunctionCompiler compiler = new FunctionCompiler();
        Operand result = root.accept(compiler);
        if (result.isConstant()) {
            compiler.steps.add(new ConstantStep(0, result.constant()));
        }
        return new Tape(compiler.steps, dimension);
    }

    private Operand add(Step step) {
        steps.add(step);
        return new Operand(step.out, 0);
    }

    private int next() {
        return steps.size();
    }

    @Override
    public Operand number(Node.Number node) {
        return Operand.of(node.value());
    }

    @Override
    public Operand constant(Node.Constant node) {
        return Operand.of(node.constant().value());
    }

    @Override
    public Operand variable(Node.Variable node) {
        Operand known = variables.get(node.index());
        if (known == null) {
            known = add(new VariableStep(next(), node.index()));
            variables.put(node.index(), known);
        }
        return known;
    }

    @Override
    public Operand negate(Node.Negate node) {
        Operand operand = node.operand().accept(this);
        return operand.isConstant() ? Operand.of(-operand.constant()) : add(new NegateStep(next(), operand.slot()));
    }

    @Override
    public Operand binary(Node.Binary node) {
        return apply(BinaryRule.of(node.operator()), node.left(), node.right());
    }

    @Override
    public Operand call(Node.Call node) {
        List<Node> arguments = node.arguments();
        if (node.function() == BuiltIn.POW) {
            return apply(BinaryRule.POWER, arguments.get(0), arguments.get(1));
        }
        UnaryRule rule = UnaryRule.of(node.function());
        Operand operand = arguments.get(0).accept(this);
        return operand.isConstant()
                ? Operand.of(rule.value(operand.constant()))
                : add(new UnaryStep(next(), operand.slot(), rule));
    }

    private Operand apply(BinaryRule rule, Node leftNode, Node rightNode) {
        Operand left = leftNode.accept(this);
        Operand right = rightNode.accept(this);
        if (left.isConstant() && right.isConstant()) {
            return Operand.of(rule.value(left.constant(), right.constant()));
        }
        if (left.isConstant()) {
            return add(new ConstantOperandStep(next(), right.slot(), left.constant(), true, rule));
        }
        if (right.isConstant()) {
            return add(new ConstantOperandStep(next(), left.slot(), right.constant(), false, rule));
        }
        return add(new BinaryStep(next(), left.slot(), right.slot(), rule));
    }
}
