package gdviz.core.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gdviz.core.expr.CompiledFunction;
import gdviz.core.expr.ExpressionException;
import gdviz.core.expr.FunctionParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

    static List<Preset> presets() {
        return Presets.all();
    }

    @Test
    void theTeachingTextsExamplesComeFirst() {
        assertThat(Presets.all()).extracting(Preset::expression)
                .startsWith("x^2 + x*y + y^2", "2*x^2", "w^2", "w1^2 + w2^2");
    }

    @Test
    void theClassicsAreAllThere() {
        assertThat(Presets.all()).extracting(Preset::name).contains("Rosenbrock", "Himmelblau", "Beale", "Booth",
                "Matyas", "Saddle", "Six-hump camel", "Rastrigin", "McCormick", "Two wells");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void parsesWithAStartPointForEveryVariable(Preset preset) throws ExpressionException {
        CompiledFunction f = FunctionParser.parse(preset.expression()).compile();
        assertThat(preset.start()).hasSize(f.dimension());
        assertThat(preset.rate()).isPositive();
        assertThat(preset.domain().contains(preset.start().get(0),
                preset.start().size() > 1 ? preset.start().get(1) : preset.domain().yMin())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyListedMinimumHasItsValueAndAFlatGradient(Preset preset) throws ExpressionException {
        CompiledFunction f = FunctionParser.parse(preset.expression()).compile();
        for (KnownMinimum min : preset.minima()) {
            double[] point = min.point().stream().mapToDouble(Double::doubleValue).toArray();
            double[] gradient = new double[f.dimension()];
            double value = f.valueAndGradient(point, gradient);
            assertThat(value).as("f at %s of %s", min.point(), preset.name()).isCloseTo(min.value(), within(1e-9));
            for (double g : gradient) {
                assertThat(g).as("gradient at %s of %s", min.point(), preset.name()).isCloseTo(0, within(1e-6));
            }
            assertThat(preset.domain().contains(point[0], point.length > 1 ? point[1] : preset.domain().yMin()))
                    .isTrue();
        }
    }

    @Test
    void theTwoWellsHaveALocalAndADeeperGlobalMinimum() {
        Preset wells = Presets.all().stream().filter(p -> p.name().equals("Two wells")).findFirst().orElseThrow();
        assertThat(wells.minima()).hasSize(2);
        KnownMinimum global = wells.minima().stream().filter(KnownMinimum::global).findFirst().orElseThrow();
        KnownMinimum local = wells.minima().stream().filter(m -> !m.global()).findFirst().orElseThrow();
        assertThat(global.value()).isLessThan(local.value());
    }
}
