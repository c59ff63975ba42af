package gdviz.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, one direction only; core is plain Java that any front end can use. */
@AnalyzeClasses(packages = "gdviz", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("core").definedBy("gdviz.core..")
            .layer("io").definedBy("gdviz.io..")
            .layer("chart").definedBy("gdviz.chart..")
            .layer("cli").definedBy("gdviz.cli..")
            .layer("ui").definedBy("gdviz.ui..")
            .layer("app").definedBy("gdviz.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("chart").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("core").mayOnlyBeAccessedByLayers("io", "chart", "cli", "ui", "app");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAPackage("gdviz.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.jfree..", "picocli..", "com.fasterxml..", "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that()
            .resideInAnyPackage("gdviz.core..", "gdviz.io..", "gdviz.chart..", "gdviz.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..",
                    "org.jfree.chart3d.fx..", "org.jfree.fx..");

    @ArchTest
    static final ArchRule ioHasNoDrawing = noClasses().that().resideInAPackage("gdviz.io..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "org.jfree..");
}
