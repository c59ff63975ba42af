package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.grid.Domain;
import gdviz.core.presets.Preset;
import gdviz.core.presets.Presets;
import gdviz.ui.background.LatestOnly;
import org.junit.jupiter.api.Test;

/** The window's state tied together, without the toolkit: runs happen on the calling thread. */
class WorkbenchTest {

    private final Workbench workbench = new Workbench(new LatestOnly(Runnable::run, Runnable::run));

    private static Preset preset(String name) {
        return Presets.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void choosingAPresetShowsItsFunctionRegionStartAndRate() {
        Preset himmelblau = preset("Himmelblau");
        workbench.choose(himmelblau);
        assertThat(workbench.function().textProperty().get()).isEqualTo(himmelblau.expression());
        assertThat(workbench.region().domain()).isEqualTo(himmelblau.domain());
        assertThat(workbench.descent().rateProperty().get()).isEqualTo(himmelblau.rate());
        assertThat(workbench.function().minima()).hasSize(4);
        var run = workbench.descent().trajectoryProperty().get();
        assertThat(run.coordinate(0, 0)).isEqualTo(himmelblau.start().get(0));
        assertThat(run.coordinate(0, 1)).isEqualTo(himmelblau.start().get(1));
        // From the origin, descent on Himmelblau ends in the minimum at (3, 2).
        assertThat(run.last().coordinate(0)).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(workbench.playback().currentProperty().get()).isEqualTo(run.size() - 1);
    }

    @Test
    void wideRangedPresetsGetLogColoursAndBowlsDoNot() {
        workbench.choose(preset("Rosenbrock"));
        assertThat(workbench.region().logColoursProperty().get()).isTrue();
        workbench.choose(preset("Bowl"));
        assertThat(workbench.region().logColoursProperty().get()).isFalse();
    }

    @Test
    void zoomingAwayAndBackReturnsToThePresetsRegion() {
        workbench.choose(preset("Booth"));
        workbench.region().zoom(1, 3, 0.5);
        assertThat(workbench.region().domain()).isNotEqualTo(Domain.centred(10));
        workbench.region().goHome();
        assertThat(workbench.region().domain()).isEqualTo(Domain.centred(10));
    }

    @Test
    void typingAFunctionKeepsTheStartAndRunsOnTheNewFunction() {
        workbench.choose(preset("Bowl"));
        workbench.function().textProperty().set("x^2 + 4*y^2");
        var run = workbench.descent().trajectoryProperty().get();
        assertThat(run.value(0)).isEqualTo(16 + 4 * 9);
        workbench.function().textProperty().set("x^2 +");
        assertThat(workbench.function().errorProperty().get()).isNotEmpty();
        assertThat(workbench.descent().trajectoryProperty().get()).isSameAs(run);
    }

    @Test
    void moreThanTwoVariablesIsExplainedAndKeepsTheLastFunction() {
        workbench.choose(preset("Bowl"));
        workbench.function().textProperty().set("x^2 + y^2 + z^2");
        assertThat(workbench.function().errorProperty().get()).isEqualTo(
                "the window draws functions of one or two variables; this one has 3: x, y, z");
        assertThat(workbench.function().functionProperty().get().text()).isEqualTo("x^2 + x*y + y^2");
    }

    @Test
    void retypingTheSameFunctionWithOtherSpacingRunsNothingAgain() {
        workbench.choose(preset("Bowl"));
        var run = workbench.descent().trajectoryProperty().get();
        workbench.function().textProperty().set("x^2+x*y+y^2");
        assertThat(workbench.descent().trajectoryProperty().get()).isSameAs(run);
    }
}
