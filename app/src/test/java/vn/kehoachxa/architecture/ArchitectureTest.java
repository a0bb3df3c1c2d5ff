package vn.kehoachxa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer boundaries of docs/decisions and shared/style.md, checked on the compiled classes. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.kehoachxa");
    }

    @Test
    void theDomainIsFreeOfJavaFxJooqPoiAndJackson() {
        noClasses().that().resideInAPackage("vn.kehoachxa.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..",
                        "com.fasterxml..", "tools.jackson..", "org.controlsfx..", "picocli..", "java.sql..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("vn.kehoachxa.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoachxa.service..",
                        "vn.kehoachxa.persistence..", "vn.kehoachxa.exchange..", "vn.kehoachxa.export..",
                        "vn.kehoachxa.cli..", "vn.kehoachxa.ui..")
                .check(classes);
    }

    @Test
    void onlyPersistenceSeesJooqAndTheGeneratedClasses() {
        noClasses().that().resideOutsideOfPackage("vn.kehoachxa.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.kehoachxa.persistence.jooq..")
                .check(classes);
    }

    @Test
    void theUiAndTheCommandLineGoThroughServicesNotStorage() {
        // Even opening and claiming the data folder goes through service.Workspace; only App (the composition root,
        // outside both packages) may see storage types.
        noClasses().that().resideInAnyPackage("vn.kehoachxa.ui..", "vn.kehoachxa.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.kehoachxa.persistence..")
                .check(classes);
    }

    @Test
    void screensAreGivenTheirServicesAndBuildNone() {
        // The composition root (App.composeScreens) builds each service once and passes a controller the ones it
        // uses: no screen sees the whole workspace, and none constructs a service of its own.
        noClasses().that().resideInAPackage("vn.kehoachxa.ui..")
                .should().dependOnClassesThat().belongToAnyOf(vn.kehoachxa.service.Workspace.class)
                .check(classes);
        noClasses().that().resideInAPackage("vn.kehoachxa.ui..")
                .should().callConstructorWhere(JavaAccess.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("vn.kehoachxa.service..")
                                .and(JavaClass.Predicates.simpleNameEndingWith("Service")))))
                .check(classes);
    }

    @Test
    void exchangeAndExportKnowNothingOfTheDatabaseOrTheScreens() {
        noClasses().that().resideInAnyPackage("vn.kehoachxa.exchange..", "vn.kehoachxa.export..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoachxa.persistence..", "vn.kehoachxa.ui..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("vn.kehoachxa.service..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoachxa.ui..", "vn.kehoachxa.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("vn.kehoachxa.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyLayerClassLivesInAKnownLayer() {
        classes().that().resideInAPackage("vn.kehoachxa..").and().resideOutsideOfPackage("vn.kehoachxa")
                .should().resideInAnyPackage("vn.kehoachxa.domain..", "vn.kehoachxa.service..",
                        "vn.kehoachxa.persistence..", "vn.kehoachxa.exchange..", "vn.kehoachxa.export..",
                        "vn.kehoachxa.cli..", "vn.kehoachxa.ui..", "vn.kehoachxa.logging..", "vn.kehoachxa.files..")
                .check(classes);
    }

    @Test
    void theSafeFileWriterSeesOnlyTheDomain() {
        // Every layer that writes a file uses vn.kehoachxa.files, so it may depend on none of them.
        noClasses().that().resideInAPackage("vn.kehoachxa.files..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoachxa.service..",
                        "vn.kehoachxa.persistence..", "vn.kehoachxa.exchange..", "vn.kehoachxa.export..",
                        "vn.kehoachxa.cli..", "vn.kehoachxa.ui..", "vn.kehoachxa.logging..", "javafx..",
                        "org.apache.poi..", "org.jooq..")
                .check(classes);
    }

    @Test
    void onlyTheLoggingPackageSeesLogbackAndItSeesNoOtherLayer() {
        // Everything else logs through SLF4J, so the log's setup stays in one place.
        noClasses().that().resideOutsideOfPackage("vn.kehoachxa.logging..")
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.kehoachxa.logging..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.kehoachxa.domain..", "vn.kehoachxa.service..",
                        "vn.kehoachxa.persistence..", "vn.kehoachxa.exchange..", "vn.kehoachxa.export..",
                        "vn.kehoachxa.cli..", "vn.kehoachxa.ui..", "javafx..")
                .check(classes);
    }
}
