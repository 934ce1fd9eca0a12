package dev.steward.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: model knows no UI, views know no app, JGit stays in the model. */
class LayeringTest {

    private static JavaClasses steward;

    @BeforeAll
    static void importClasses() {
        steward = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.steward");
    }

    @Test
    void modelIsFreeOfJavaFxAndUiLibraries() {
        noClasses().that().resideInAPackage("dev.steward.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.fxmisc..", "org.reactfx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp..", "java.awt..", "javax.swing..")
                .because("the model must be testable and usable without a screen (CLI, CI)")
                .check(steward);
    }

    @Test
    void modelDoesNotDependOnViewsOrApp() {
        noClasses().that().resideInAPackage("dev.steward.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.steward.views..", "dev.steward.app..")
                .check(steward);
    }

    @Test
    void viewsDoNotDependOnApp() {
        noClasses().that().resideInAPackage("dev.steward.views..")
                .should().dependOnClassesThat().resideInAPackage("dev.steward.app..")
                .check(steward);
    }

    @Test
    void jgitStaysInTheModel() {
        noClasses().that().resideInAnyPackage("dev.steward.views..", "dev.steward.app..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .because("Git work goes through dev.steward.model.git, off the FX thread")
                .check(steward);
    }

    @Test
    void noWebViewNoSwing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "javax.swing..")
                .check(steward);
    }

    @Test
    void namesSayWhatAThingIs() {
        classes().that().resideInAPackage("dev.steward..")
                .should().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Manager")
                .andShould().haveSimpleNameNotEndingWith("Utils")
                .andShould().haveSimpleNameNotEndingWith("Util")
                .check(steward);
    }
}
