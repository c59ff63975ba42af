package gdviz.core.presets;

import static gdviz.core.presets.KnownMinimum.global;
import static gdviz.core.presets.KnownMinimum.local;

import gdviz.core.grid.Domain;
import java.util.List;
import java.util.Optional;

/**
 * The functions the app offers ready-made: first the worked examples of the teaching texts gdviz grew from,
 * then the classic test functions of optimisation with their usual domains and known minima.
 */
public final class Presets {

    private static final List<Preset> ALL = List.of(
            new Preset("Bowl", "x^2 + x*y + y^2", Domain.centred(5), List.of(4.0, -3.0), 0.1,
                    List.of(global(0, 0, 0)),
                    "The teaching texts' first example: its gradient is (2x + y, 2y + x)."),
            new Preset("Parabola 2x\u00b2", "2*x^2", new Domain(-1.5, 1.5, -1.5, 1.5), List.of(1.0), 0.1,
                    List.of(global(0, 0)),
                    "From x = 1 with rate 0.1 the steps are 0.6, then 0.36."),
            new Preset("Parabola w\u00b2", "w^2", new Domain(-6, 6, -6, 6), List.of(5.0), 0.1,
                    List.of(global(0, 0)),
                    "From w = 5 with rate 0.1 the steps are 4, then 3.2."),
            new Preset("Two weights", "w1^2 + w2^2", Domain.centred(6), List.of(5.0, -4.0), 0.1,
                    List.of(global(0, 0, 0)),
                    "From (5, \u22124) with rate 0.1 the first step lands on (4, \u22123.2)."),
            new Preset("Rosenbrock", "(1 - x)^2 + 100*(y - x^2)^2", new Domain(-2, 2, -1, 3), List.of(-1.5, 2.0),
                    0.0015, List.of(global(0, 1, 1)),
                    "A curved narrow valley: descent finds the valley fast and then crawls along it."),
            new Preset("Himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", Domain.centred(5), List.of(0.0, 0.0),
                    0.01, List.of(
                            global(0, 3, 2),
                            global(0, -2.805118086952745, 3.131312518250573),
                            global(0, -3.779310253377747, -3.2831859912861696),
                            global(0, 3.5844283403304917, -1.8481265269644034)),
                    "Four equally deep minima: the start point decides which one descent reaches."),
            new Preset("Beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                    Domain.centred(4.5), List.of(1.0, 1.0), 0.001, List.of(global(0, 3, 0.5)),
                    "Flat plateaus and steep ridges: a single learning rate fits neither well."),
            new Preset("Booth", "(x + 2*y - 7)^2 + (2*x + y - 5)^2", Domain.centred(10), List.of(-5.0, -5.0), 0.05,
                    List.of(global(0, 1, 3)),
                    "A tilted quadratic bowl with its minimum at (1, 3)."),
            new Preset("Matyas", "0.26*(x^2 + y^2) - 0.48*x*y", Domain.centred(10), List.of(-8.0, 6.0), 0.5,
                    List.of(global(0, 0, 0)),
                    "A long shallow diagonal valley: descent zig-zags slowly to the minimum."),
            new Preset("Saddle", "x^2 - y^2", Domain.centred(2), List.of(1.5, 0.01), 0.1, List.of(),
                    "No minimum: the origin is a saddle, and descent slides off along y."),
            new Preset("Six-hump camel", "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
                    new Domain(-3, 3, -2, 2), List.of(-1.5, 1.0), 0.01, List.of(
                            global(-1.0316284534898774, 0.08984201310031807, -0.7126564030207396),
                            global(-1.0316284534898774, -0.08984201310031807, 0.7126564030207396)),
                    "Six local minima, two of them global."),
            new Preset("Rastrigin", "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", Domain.centred(5.12),
                    List.of(2.2, -1.7), 0.002, List.of(global(0, 0, 0)),
                    "A bowl covered in ripples: descent stops in whichever local dip it starts near."),
            new Preset("McCormick", "sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1", new Domain(-1.5, 4, -3, 4),
                    List.of(3.0, 3.0), 0.05,
                    List.of(global(-1.9132229549810362, 0.5 - Math.PI / 3, -0.5 - Math.PI / 3)),
                    "A tilted valley with a sine ripple; its minimum is at x = 1/2 \u2212 \u03c0/3, y = x \u2212 1."),
            new Preset("Two wells", "(x^2 - 1)^2 + 0.3*x + y^2", new Domain(-2, 2, -1.5, 1.5), List.of(1.8, 1.0),
                    0.05, List.of(
                            global(-0.305428483743916, -1.0355787140888537, 0),
                            local(0.29414648102826285, 0.9601495555191055, 0)),
                    "A deep well on the left and a shallower one on the right: from the right, descent stops in "
                            + "the local minimum."));

    private Presets() {
    }

    /** Every preset, the teaching texts' examples first. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset with exactly this expression text, if any. */
    public static Optional<Preset> byExpression(String expression) {
        return ALL.stream().filter(p -> p.expression().equals(expression)).findFirst();
    }
}
