package gdviz.ui.picture;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.chart.MapGeometry;
import gdviz.core.grid.Domain;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The trail's tiles show the trail within the map's data area and never over the axes around it. */
class TrailTilesTest {

    private static final Rectangle2D DATA_AREA = new Rectangle2D.Double(40.5, 30.5, 200, 150);
    private static final MapGeometry GEOMETRY = MapGeometry.of(DATA_AREA, new Domain(-1, 1, -1, 1));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A thick red stroke across the whole picture, as a path that leaves the map would paint it. */
    private static final Trail ACROSS = new Trail() {
        @Override
        public void paint(Graphics2D g2, MapGeometry geometry) {
            g2.clip(geometry.dataArea());
            g2.setPaint(Color.RED);
            g2.setStroke(new BasicStroke(30));
            g2.draw(new Line2D.Double(0, 100, 300, 100));
        }

        @Override
        public boolean reaches(MapGeometry geometry, Rectangle2D area) {
            return true;
        }
    };

    private static Image painted(Trail trail, Rectangle2D changed, boolean twice) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TrailTiles tiles = new TrailTiles();
            tiles.resize(300, 220);
            tiles.paint(trail, GEOMETRY, null);
            if (twice) {
                tiles.paint(trail, GEOMETRY, changed);
            }
            // The whole picture's area, so that what lies outside the data area would show.
            Group picture = new Group(new javafx.scene.shape.Rectangle(300, 220, javafx.scene.paint.Color.WHITE),
                    tiles.node());
            return picture.snapshot(null, null);
        }).get();
    }

    @Test
    void theTrailIsCutAtTheDataAreaWhereTheMapEnds() throws Exception {
        PixelReader pixels = painted(ACROSS, null, false).getPixelReader();

        assertThat(pixels.getColor(20, 100)).as("left of the data area, over the axis").isEqualTo(
                javafx.scene.paint.Color.WHITE);
        assertThat(pixels.getColor(270, 100)).as("right of the data area").isEqualTo(javafx.scene.paint.Color.WHITE);
        assertThat(pixels.getColor(140, 100)).as("inside the data area").isEqualTo(javafx.scene.paint.Color.RED);
        // across a tile boundary (128 px) the stroke goes on unbroken
        assertThat(pixels.getColor(128, 100)).isEqualTo(javafx.scene.paint.Color.RED);
        assertThat(pixels.getColor(140, 60)).as("above the stroke").isEqualTo(javafx.scene.paint.Color.WHITE);
    }

    @Test
    void painterClipsAreKeptForWhatThePainterAsks() throws Exception {
        Rectangle2D[] seen = new Rectangle2D[2];
        Trail asking = new Trail() {
            @Override
            public void paint(Graphics2D g2, MapGeometry geometry) {
                if (seen[0] == null) {
                    seen[0] = g2.getClipBounds();
                    g2.clip(geometry.dataArea());
                    seen[1] = g2.getClipBounds();
                }
            }

            @Override
            public boolean reaches(MapGeometry geometry, Rectangle2D area) {
                return true;
            }
        };
        painted(asking, null, false);

        // The first tile (0, 0, 128, 128): what it can show, then that part of the data area.
        assertThat(seen[0]).isEqualTo(new java.awt.Rectangle(0, 0, 128, 128));
        assertThat(seen[1]).isEqualTo(new java.awt.Rectangle(40, 30, 88, 98));
    }

    @Test
    void repaintingWhereAStepChangedShowsWhatPaintingAllShows() throws Exception {
        Image once = painted(ACROSS, null, false);
        Image again = painted(ACROSS, new Rectangle2D.Double(100, 90, 40, 20), true);

        for (int y = 0; y < 220; y++) {
            for (int x = 0; x < 300; x++) {
                assertThat(again.getPixelReader().getArgb(x, y)).as("(%d, %d)", x, y)
                        .isEqualTo(once.getPixelReader().getArgb(x, y));
            }
        }
    }
}
