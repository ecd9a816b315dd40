package dev.headroom.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** DESIGN.md's module directions, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "dev.headroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsOnlyTheJdkAndItsSolvers = classes()
            .that().resideInAPackage("dev.headroom.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.headroom.core..", "org.chocosolver..",
                    "org.ojalgo..")
            .because("the core knows no file format, no UI toolkit and no model library (DESIGN.md); it solves with"
                    + " Choco, and with ojAlgo's LP solver for the bin-packing bound");

    @ArchTest
    static final ArchRule onlyTheAllocationModelSolvesLinearPrograms = noClasses()
            .that().resideOutsideOfPackage("dev.headroom.core.allocation..")
            .should().dependOnClassesThat().resideInAPackage("org.ojalgo..")
            .because("ojAlgo serves the allocation model's bounds only; Choco stays the solver (DESIGN.md)");

    @ArchTest
    static final ArchRule forecastDoesNotKnowFilesOrScreens = noClasses()
            .that().resideInAPackage("dev.headroom.forecast..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.headroom.io..", "dev.headroom.app..", "javafx..",
                    "org.apache.poi..", "org.chocosolver..")
            .because("forecast depends on planner-core and Smile only (DESIGN.md)");

    @ArchTest
    static final ArchRule importExportDoesNotKnowModelsOrScreens = noClasses()
            .that().resideInAPackage("dev.headroom.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.headroom.forecast..", "dev.headroom.app..",
                    "javafx..", "smile..", "org.chocosolver..")
            .because("import-export depends on planner-core and file libraries only (DESIGN.md)");

    @ArchTest
    static final ArchRule nothingDependsOnTheApp = noClasses()
            .that().resideOutsideOfPackage("dev.headroom.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.headroom.app..")
            .because("app is the composition root; nothing depends on it (DESIGN.md)");

    @ArchTest
    static final ArchRule noJavaFxBelowTheApp = noClasses()
            .that().resideOutsideOfPackage("dev.headroom.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("JavaFX stays in the app module so the engine runs headless (STYLE.md)");

    @ArchTest
    static final ArchRule libraryModulesDoNotPrint = noClasses()
            .that().resideOutsideOfPackage("dev.headroom.app..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("only the command line speaks to the terminal; the engine logs or returns results");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.headroom.(**)").should().beFreeOfCycles();
}
