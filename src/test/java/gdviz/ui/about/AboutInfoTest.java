package gdviz.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AboutInfoTest {

    /** A class from each library, to find the jar it really comes from. */
    private static final Map<String, String> CLASS_OF = Map.of(
            "JavaFX", "javafx.scene.control.Button",
            "JFreeChart", "org.jfree.chart.JFreeChart",
            "JFreeChart-FX", "org.jfree.chart.fx.ChartViewer",
            "FXGraphics2D", "org.jfree.fx.FXGraphics2D",
            "Orson Charts", "org.jfree.chart3d.Chart3D",
            "JFreeSVG", "org.jfree.svg.SVGGraphics2D",
            "exp4j", "net.objecthunter.exp4j.Expression",
            "picocli", "picocli.CommandLine",
            "Apache Commons CSV", "org.apache.commons.csv.CSVFormat",
            "Jackson", "com.fasterxml.jackson.databind.ObjectMapper");

    @Test
    void everyLibraryHasTheVersionOfTheJarInUseAndALicence() throws Exception {
        AboutInfo info = AboutInfo.load();
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.libraries()).extracting(Library::name).containsExactlyInAnyOrderElementsOf(CLASS_OF.keySet());
        for (Library library : info.libraries()) {
            assertThat(library.licence()).as(library.name()).isNotBlank().doesNotContain("${");
            String jar = Class.forName(CLASS_OF.get(library.name())).getProtectionDomain().getCodeSource()
                    .getLocation().getPath();
            assertThat(jar).as("the jar of " + library.name()).contains("-" + library.version());
        }
    }

    @Test
    void theLicencesAreTheLibrariesOwn() {
        Map<String, String> licences = new java.util.HashMap<>();
        AboutInfo.load().libraries().forEach(library -> licences.put(library.name(), library.licence()));
        assertThat(licences).containsEntry("JavaFX", "GPL 2.0 with the Classpath Exception")
                .containsEntry("JFreeChart", "LGPL 2.1 or later")
                .containsEntry("Orson Charts", "GPL 3.0")
                .containsEntry("JFreeSVG", "GPL 3.0")
                .containsEntry("exp4j", "Apache 2.0")
                .containsEntry("picocli", "Apache 2.0")
                .containsEntry("Apache Commons CSV", "Apache 2.0")
                .containsEntry("Jackson", "Apache 2.0");
    }

    @Test
    void theRuntimeIsNamed() {
        assertThat(AboutInfo.javaRuntime()).startsWith("Java " + System.getProperty("java.version"));
    }
}
