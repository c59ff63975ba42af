package gdviz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gdviz.core.grid.ContourLevels;
import gdviz.core.grid.Domain;
import gdviz.core.grid.SampledGrid;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ContourImageTest {

    private final ColourMap viridis = ColourMap.viridis();

    @Test
    void theMinimumLiesInTheFirstBand() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(5), 101, 101);
        double[] levels = ContourLevels.linear(grid.min(), grid.max(), 10);

        BufferedImage image = ContourImage.render(grid, levels);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.getWidth()).isEqualTo(101);
        assertThat(image.getHeight()).isEqualTo(101);
        assertThat(image.getRGB(50, 50)).isEqualTo(viridis.argb(0.5 / 11));
        // The top right corner (5, 5) is the grid's maximum, above every level.
        assertThat(image.getRGB(100, 0)).isEqualTo(viridis.argb(10.5 / 11));
    }

    @Test
    void theTopRowOfTheImageIsTheLargestY() {
        // Over y in [2, 4] the bowl rises with y; at x = 0 it runs from 4 (band 0) at the bottom to 16 (band 3).
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), new Domain(-1, 1, 2, 4), 21, 21);
        double[] levels = ContourLevels.linear(grid.min(), grid.max(), 4);

        BufferedImage image = ContourImage.render(grid, levels);

        assertThat(image.getRGB(10, 0)).isEqualTo(viridis.argb(3.5 / 5));
        assertThat(image.getRGB(10, 20)).isEqualTo(viridis.argb(0.5 / 5));
    }

    @Test
    void undefinedSamplesAreTransparent() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.LogValley(), new Domain(-1, 1, -1, 1), 21, 21);

        BufferedImage image = ContourImage.render(grid, new double[] {-1, 0, 1});

        assertThat(image.getRGB(3, 10) >>> 24).as("alpha where x < 0").isZero();
        assertThat(image.getRGB(10, 10) >>> 24).as("alpha at x = 0, where log is -infinity").isZero();
        assertThat(image.getRGB(15, 10) >>> 24).as("alpha where x > 0").isEqualTo(0xFF);
    }

    @Test
    void aValueOnALevelBelongsToTheBandAbove() {
        ContourBands bands = new ContourBands(new double[] {1, 2, 3}, viridis);

        assertThat(bands.bandOf(0.5)).isZero();
        assertThat(bands.bandOf(1)).isEqualTo(1);
        assertThat(bands.bandOf(2.5)).isEqualTo(2);
        assertThat(bands.bandOf(9)).isEqualTo(3);
    }

    @Test
    void aGuessedBandNeverChangesTheAnswer() {
        double[] levels = {1, 2, 3};

        for (double value : new double[] {-5, 0.99, 1, 1.5, 2, 2.999, 3, 3.5, 1e300}) {
            for (int near = 0; near <= levels.length; near++) {
                assertThat(ContourLevels.band(levels, value, near)).as("f = %s near band %d", value, near)
                        .isEqualTo(ContourLevels.band(levels, value));
            }
        }
    }

    @Test
    void levelsThatDoNotRiseAreRejectedByPosition() {
        SampledGrid grid = SampledGrid.sample(new Fixtures.Bowl(), Domain.centred(1), 5, 5);

        assertThatThrownBy(() -> ContourImage.render(grid, new double[] {1, 3, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contour levels must rise: level 3 (2.0) is not above level 2 (3.0)");
    }
}
