/**
 * gdviz: gradient descent made visible, as a desktop app and a command line. Named so that {@code mvn javafx:jlink}
 * can build a runtime image; the tests run on the class path.
 */
module gdviz {
    requires java.desktop;
    requires java.prefs;
    requires javafx.controls;
    requires javafx.swing;
    requires org.jfree.jfreechart;
    requires org.jfree.chart.fx;
    requires org.jfree.fxgraphics2d;
    requires org.jfree.chart3d;
    requires org.jfree.chart3d.fx;
    requires org.jfree.svg;
    requires exp4j;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.databind;

    // JavaFX constructs the Application; picocli reads and sets the commands' annotated fields.
    exports gdviz.app to javafx.graphics;
    opens gdviz.cli to info.picocli;
    // Jackson reads and writes lesson files through the lesson records' accessors and constructors.
    opens gdviz.io.lesson to com.fasterxml.jackson.databind;
}
