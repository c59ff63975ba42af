package gdviz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window opens where and as large as it was closed, with its split positions. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryUiTest {

    private final Preferences node = Preferences.userRoot().node("gdviz-test-window-" + System.nanoTime());

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private static List<SplitPane> splits() {
        return List.of(new SplitPane(new Pane(), new Pane()), new SplitPane(new Pane(), new Pane()));
    }

    @Test
    void sizeAndSplitsSurviveARestart(FxRobot robot) {
        WindowMemory memory = new WindowMemory(node);
        robot.interact(() -> {
            Stage closed = new Stage();
            List<SplitPane> before = splits();
            closed.setScene(new Scene(new Pane(before.get(0), before.get(1))));
            closed.setWidth(1100);
            closed.setHeight(700);
            closed.setX(40);
            closed.setY(30);
            before.get(0).setDividerPositions(0.25);
            before.get(1).setDividerPositions(0.6);
            memory.remember(closed, before);

            Stage reopened = new Stage();
            reopened.setMinWidth(900);
            reopened.setMinHeight(600);
            List<SplitPane> after = splits();
            memory.restore(reopened, after);
            assertThat(reopened.getWidth()).isEqualTo(1100);
            assertThat(reopened.getHeight()).isEqualTo(700);
            assertThat(reopened.getX()).isEqualTo(40);
            assertThat(after.get(0).getDividerPositions()[0]).isCloseTo(0.25, within(1e-9));
            assertThat(after.get(1).getDividerPositions()[0]).isCloseTo(0.6, within(1e-9));
        });
    }

    @Test
    void aPlaceNoScreenShowsIsIgnored(FxRobot robot) {
        node.putDouble("x", 50_000);
        node.putDouble("y", 50_000);
        node.putDouble("width", 1000);
        node.putDouble("height", 700);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setX(10);
            stage.setY(20);
            new WindowMemory(node).restore(stage, splits());
            assertThat(stage.getWidth()).isEqualTo(1000);
            assertThat(stage.getX()).isEqualTo(10);
        });
    }
}
