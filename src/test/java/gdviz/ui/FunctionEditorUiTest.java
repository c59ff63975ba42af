package gdviz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window's function box, driven headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class FunctionEditorUiTest {

    @Start
    void start(Stage stage) {
        MainView view = new MainView();
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(MainView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensOnTheBowlWithItsPartialDerivatives(FxRobot robot) {
        assertThat(derivatives(robot)).isEqualTo("\u2202f/\u2202x = 2*x + y\n\u2202f/\u2202y = x + 2*y");
    }

    @Test
    void typingAFunctionUpdatesTheDerivatives(FxRobot robot) {
        robot.clickOn("#function-box");
        robot.interact(() -> editor(robot).getEditor().clear());
        robot.write("2*x^2");
        assertThat(derivatives(robot)).isEqualTo("\u2202f/\u2202x = 4*x");
        assertThat(robot.lookup("#function-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBadFunctionShowsItsMessageAndKeepsTheLastGoodOne(FxRobot robot) {
        robot.clickOn("#function-box");
        robot.interact(() -> editor(robot).getEditor().setText("w^2"));
        robot.interact(() -> editor(robot).getEditor().setText("w**2"));
        Label error = robot.lookup("#function-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("**").contains("column 2");
        assertThat(derivatives(robot)).isEqualTo("\u2202f/\u2202w = 2*w");
    }

    private static String derivatives(FxRobot robot) {
        return robot.lookup("#derivatives").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> editor(FxRobot robot) {
        return robot.lookup("#function-box").queryAs(ComboBox.class);
    }
}
