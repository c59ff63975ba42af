package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.ChartLook;
import gdviz.ui.look.Look;
import gdviz.ui.look.Theme;
import org.junit.jupiter.api.Test;

/** The theme and presentation mode as plain Java: remembered, and turned into chart looks and style sheets. */
class LookTest {

    private final MemoryPreferences memory = new MemoryPreferences();

    @Test
    void opensLightAndStandardSizedTheFirstTime() {
        Look look = new Look(memory);
        assertThat(look.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(look.presentationProperty().get()).isFalse();
        assertThat(look.chartLook().getValue()).isEqualTo(ChartLook.light());
        assertThat(look.extraSheets()).singleElement().asString().endsWith("theme-light.css");
    }

    @Test
    void theNextWindowOpensWithTheThemeAndPresentationModeChosenLast() {
        Look first = new Look(memory);
        first.themeProperty().set(Theme.DARK);
        first.presentationProperty().set(true);
        Look next = new Look(memory);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.presentationProperty().get()).isTrue();
        assertThat(next.chartLook().getValue()).isEqualTo(ChartLook.dark().scaled(Look.PRESENTATION_SCALE));
        assertThat(next.extraSheets()).hasSize(2);
        assertThat(next.extraSheets().get(0)).endsWith("theme-dark.css");
        assertThat(next.extraSheets().get(1)).endsWith("presentation.css");
        assertThat(next.textScale()).isGreaterThan(1.4);
    }

    @Test
    void anUnknownStoredThemeOrANullChoiceKeepsAUsableTheme() {
        memory.put("theme", "SEPIA");
        Look look = new Look(memory);
        assertThat(look.themeProperty().get()).isEqualTo(Theme.LIGHT);
        look.themeProperty().set(Theme.DARK);
        look.themeProperty().set(null);
        assertThat(look.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void chartLookFollowsEachChange() {
        Look look = new Look(memory);
        look.presentationProperty().set(true);
        assertThat(look.chartLook().getValue().scale()).isEqualTo(Look.PRESENTATION_SCALE);
        look.themeProperty().set(Theme.DARK);
        assertThat(look.chartLook().getValue().background()).isEqualTo(ChartLook.dark().background());
        look.presentationProperty().set(false);
        assertThat(look.chartLook().getValue()).isEqualTo(ChartLook.dark());
    }
}
