package gdviz.core.explain;

import gdviz.core.descent.Outcome;
import gdviz.core.descent.ReplayedStep;
import gdviz.core.descent.StopReason;
import gdviz.core.descent.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of a run explained in words and numbers, the way a worked example does it on paper. Row 0 is the
 * start: the point, f, the gradient and which way each partial derivative sends the first step. Row k ≥ 1 is the
 * step that led there: the update rule with the actual values ({@code x₁ = x₀ − α·f′(x₀) = 1 − 0.1·4 = 0.6}, or
 * the vector form and one line per coordinate for several variables), the optimiser's state where it keeps one,
 * what the sign and size of each partial derivative meant for the move, how f changed and how long the step was.
 * The row where the run stopped also says why.
 */
public final class StepExplanation {

    private static final String DOT = "\u00b7";
    private static final String MINUS = " \u2212 ";

    private final Trajectory run;
    private final Notation notation;
    private final List<ExplanationLine> lines = new ArrayList<>();

    private StepExplanation(Trajectory run) {
        this.run = run;
        this.notation = new Notation(run.variables());
    }

    /**
     * The explanation of row {@code iteration} of {@code run}.
     *
     * @param run       a finished run; not null
     * @param iteration 0 ≤ iteration &lt; {@code run.size()}
     * @return the lines in reading order, at least two
     * @throws IndexOutOfBoundsException if the row does not exist
     */
    public static List<ExplanationLine> of(Trajectory run, int iteration) {
        Objects.requireNonNull(run, "run");
        Objects.checkIndex(iteration, run.size());
        StepExplanation explanation = new StepExplanation(run);
        if (iteration == 0) {
            explanation.start();
        } else {
            explanation.step(run.replay(iteration));
        }
        if (iteration == run.size() - 1) {
            explanation.end(iteration);
        }
        return List.copyOf(explanation.lines);
    }

    private void start() {
        line(ExplanationLine.Kind.HEADING, "Start: " + notation.at(0) + " = " + Figures.vector(run.step(0).point())
                + notation.where());
        String values = "f(" + notation.at(0) + ") = " + Figures.of(run.value(0)) + ",  " + notation.gradient(0)
                + " = " + Figures.vector(run.step(0).gradient());
        formula(notation.single() ? values
                : values + ",  |" + notation.gradient(0) + "| = " + Figures.of(run.gradientNorm(0)));
        boolean plain = OptimizerUpdate.plain(run.rule());
        for (int i = 0; i < notation.dimension(); i++) {
            double partial = run.partial(0, i);
            text(slope(i, 0, partial) + (partial == 0 ? "the first step leaves " + notation.variable(i) + " as it is"
                    : "the first step moves " + notation.variable(i) + downOrUp(partial)
                            + (plain ? ", by \u03b1" + DOT + Figures.of(Math.abs(partial)) + " = "
                                    + Figures.of(run.outcome().settings().rate() * Math.abs(partial)) : ""))
                    + ".");
        }
    }

    private void step(ReplayedStep step) {
        int k = step.iteration();
        OptimizerUpdate update = OptimizerUpdate.of(run.rule(), step, notation);
        line(ExplanationLine.Kind.HEADING, "Step " + k + ": from " + notation.at(k - 1) + " to " + notation.at(k)
                + notation.where() + (update.plain() ? "" : ", with " + update.name()));
        update.lines().forEach(this::formula);
        double[] direction = update.plain() ? step.gradient() : step.direction();
        String rate = Figures.of(step.rate());
        formula(notation.at(k) + " = " + notation.at(k - 1) + MINUS + "\u03b1" + DOT + update.direction() + " = "
                + Figures.vector(step.from()) + MINUS + rate + DOT + Figures.vectorFactor(direction) + " = "
                + Figures.vector(step.to()));
        if (!notation.single()) {
            for (int i = 0; i < notation.dimension(); i++) {
                formula(notation.variable(i) + ": " + Figures.of(step.from()[i]) + MINUS + rate + DOT
                        + Figures.factor(direction[i]) + " = " + Figures.of(step.to()[i]));
            }
        }
        for (int i = 0; i < notation.dimension(); i++) {
            text(update.plain() ? plainMove(step, i) : optimizerMove(step, i));
        }
        if (update.plain()) {
            largerPartial(step);
        }
        change(k);
        length(k, update.plain());
    }

    /** Why the run stopped at its last row. */
    private void end(int k) {
        Outcome outcome = run.outcome();
        if (outcome.reason() == StopReason.CONVERGED) {
            text("The run stops here: |" + notation.gradient(k) + "| = " + Figures.of(run.gradientNorm(k))
                    + " ≤ tolerance " + Figures.of(outcome.settings().tolerance())
                    + ", so the slope is as good as flat: a minimum, or another point where the gradient is 0.");
        } else {
            text("The run " + outcome.description() + ".");
        }
    }

    /** "∂f/∂x = 10 is positive: f rises as x grows, so " */
    private String slope(int i, int k, double partial) {
        String name = notation.partial(i, k) + " = " + Figures.of(partial);
        String x = notation.variable(i);
        if (partial > 0) {
            return name + " is positive: f rises as " + x + " grows, so ";
        }
        if (partial < 0) {
            return name + " is negative: f falls as " + x + " grows, so ";
        }
        return name + ": f is flat along " + x + " here, so ";
    }

    private String plainMove(ReplayedStep step, int i) {
        double partial = step.gradient()[i];
        String x = notation.variable(i);
        String move = partial == 0 ? "the step leaves " + x + " as it is"
                : "the step moves " + x + downOrUp(partial) + ", by \u03b1" + DOT + Figures.of(Math.abs(partial))
                        + " = " + Figures.of(Math.abs(step.move()[i]));
        return slope(i, step.iteration() - 1, partial) + move + ".";
    }

    private String optimizerMove(ReplayedStep step, int i) {
        double partial = step.gradient()[i];
        double move = step.move()[i];
        String x = notation.variable(i);
        String push = partial == 0 ? "the gradient does not push " + x : "the gradient pushes " + x
                + downOrUp(partial);
        String moved = move == 0 ? "; the step leaves " + x + " as it is"
                : "; the step moves " + x + (move < 0 ? " down" : " up") + " by " + Figures.of(Math.abs(move));
        boolean against = partial != 0 && move != 0 && (move > 0) == (partial > 0);
        return slope(i, step.iteration() - 1, partial) + push + moved
                + (against ? ", against the push: the memory of earlier gradients carries it on" : "") + ".";
    }

    /** For several variables: the larger partial derivative gives the larger move. */
    private void largerPartial(ReplayedStep step) {
        if (notation.single()) {
            return;
        }
        int largest = 0;
        int ties = 0;
        double[] g = step.gradient();
        for (int i = 1; i < g.length; i++) {
            if (Math.abs(g[i]) > Math.abs(g[largest])) {
                largest = i;
                ties = 0;
            } else if (Math.abs(g[i]) == Math.abs(g[largest])) {
                ties++;
            }
        }
        if (ties == 0 && Double.isFinite(g[largest])) {
            String most = g.length == 2 ? "larger" : "largest";
            text("The " + most + " partial derivative, " + notation.partial(largest, 0) + ", gives the " + most
                    + " move: the step follows the steeper slope more.");
        }
    }

    private void change(int k) {
        double before = run.value(k - 1);
        double after = run.value(k);
        String from = "from " + Figures.of(before) + " to " + Figures.of(after);
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            text("f went " + from + ".");
        } else if (after < before) {
            text("f went down by " + Figures.of(before - after) + ", " + from + ".");
        } else if (after > before) {
            text("f went up by " + Figures.of(after - before) + ", " + from
                    + ": the step went too far, past the bottom of the valley.");
        } else {
            text("f stayed at " + Figures.of(after) + ".");
        }
    }

    private void length(int k, boolean plain) {
        double length = run.stepLength(k);
        if (!plain) {
            text("Step length |" + notation.at(k) + MINUS + notation.at(k - 1) + "| = "
                    + Figures.of(length) + ".");
            return;
        }
        double norm = run.gradientNorm(k - 1);
        text("Step length \u03b1" + DOT + "|" + notation.gradient(k - 1) + "| = " + Figures.of(run.outcome()
                .settings().rate()) + DOT + Figures.of(norm) + " = " + Figures.of(length) + ".");
        if (k >= 2) {
            double earlier = run.gradientNorm(k - 2);
            if (norm < earlier) {
                text("The slope is gentler than one step before (" + Figures.of(norm) + " after "
                        + Figures.of(earlier) + "), so this step is shorter: " + Figures.of(length) + " after "
                        + Figures.of(run.stepLength(k - 1)) + ". Near the minimum the gradient shrinks, and so do "
                        + "the steps.");
            } else if (norm > earlier) {
                text("The slope is steeper than one step before (" + Figures.of(norm) + " after "
                        + Figures.of(earlier) + "), so this step is longer: " + Figures.of(length) + " after "
                        + Figures.of(run.stepLength(k - 1)) + ".");
            }
        }
    }

    private static String downOrUp(double partial) {
        return partial > 0 ? " down" : " up";
    }

    private void formula(String text) {
        line(ExplanationLine.Kind.FORMULA, text);
    }

    private void text(String text) {
        line(ExplanationLine.Kind.TEXT, text);
    }

    private void line(ExplanationLine.Kind kind, String text) {
        lines.add(new ExplanationLine(kind, text));
    }
}
