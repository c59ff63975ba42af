package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    /** ΔE*ab of 15: two colours this far apart are told apart at a glance, even as thin lines. */
    private static final double APART = 15;

    @Test
    void everyColourSetStaysApartForNormalProtanopicAndDeuteranopicVision() {
        for (List<Color> set : List.of(Palette.OKABE_ITO, Palette.PINNED, Palette.BASINS, withLivePath())) {
            for (ColourVision vision : ColourVision.values()) {
                assertThat(closestPair(set, vision)).as("%s seen with %s", set, vision).isGreaterThan(APART);
            }
        }
    }

    @Test
    void theTestTellsAPaletteThatRedGreenBlindnessMergesFromOneItKeepsApart() {
        List<Color> redAndGreen = List.of(new Color(0xD62728), new Color(0x2CA02C));
        assertThat(closestPair(redAndGreen, ColourVision.NORMAL)).isGreaterThan(APART);
        assertThat(closestPair(redAndGreen, ColourVision.DEUTERANOPIA)).isLessThan(APART);
    }

    @Test
    void simulationLeavesGreyAloneAndMakesRedAndGreenAlikeForDeuteranopes() {
        Color grey = new Color(0x808080);
        for (ColourVision vision : ColourVision.values()) {
            assertThat(vision.difference(grey, grey)).isZero();
            assertThat(vision.lab(grey)[0]).isCloseTo(53.6, org.assertj.core.data.Offset.offset(0.5));
        }
        Color red = new Color(0xFF0000);
        Color green = new Color(0x00FF00);
        assertThat(ColourVision.DEUTERANOPIA.difference(red, green))
                .isLessThan(ColourVision.NORMAL.difference(red, green) / 2);
    }

    @Test
    void theLivePathIsNoPinnedColourAndNoPinIsTheYellowViridisEndsIn() {
        assertThat(Palette.PINNED).doesNotContain(Palette.LIVE_PATH, Palette.YELLOW).doesNotHaveDuplicates();
        assertThat(PathStyle.standard().path()).isEqualTo(Palette.LIVE_PATH);
    }

    private static List<Color> withLivePath() {
        List<Color> all = new ArrayList<>(Palette.PINNED);
        all.add(Palette.LIVE_PATH);
        return all;
    }

    private static double closestPair(List<Color> set, ColourVision vision) {
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                closest = Math.min(closest, vision.difference(set.get(i), set.get(j)));
            }
        }
        return closest;
    }
}
