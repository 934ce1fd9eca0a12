package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Severity;
import dev.steward.views.document.DocumentView;
import dev.steward.views.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user migrates the legacy DCS contract of the sample from the studio, then uses the command palette. */
@ExtendWith(ApplicationExtension.class)
class MigrateAndPaletteTest {

    @TempDir
    static Path temp;

    private StudioHarness studio;
    private MainWindow window;
    private Path sample;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioHarness.open(stage, temp);
        window = studio.window();
        sample = studio.sample();
    }

    @AfterEach
    void stop() throws Exception {
        studio.close();
    }

    @Test
    void migrateTheLegacyContractThenToggleTheThemeFromThePalette(FxRobot robot) throws Exception {
        waitUntil("the tree lists the legacy contract", () -> !robot.lookup(".tree-cell").match(c -> shows(c, "Shipments")).queryAll().isEmpty());
        robot.doubleClickOn(robot.lookup(".tree-cell").match(c -> shows(c, "Shipments")).<Node>query());
        waitUntil("the DCS file is open with its migrate button", () -> robot.lookup("#migrateButton").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#migrateButton");

        Path migrated = sample.resolve("legacy/shipments.odcs.yaml");
        waitUntil("the ODCS file is written and opened", () -> Files.exists(migrated) && window.documents().active()
                .map(d -> d.model().path().equals(migrated.toAbsolutePath().normalize())).orElse(false));
        DocumentView doc = window.documents().active().orElseThrow();
        assertTrue(doc.editor().getText().contains("apiVersion: v3.1.0"), doc.editor().getText());
        waitUntil("the migrated contract validates without errors", () -> !doc.validation().isValidating()
                && doc.model().diagnosticsProperty().get().stream().noneMatch(d -> d.severity() == Severity.ERROR));
        waitUntil("the tree shows the new contract under data contracts", () -> !robot.lookup(".tree-cell")
                .match(c -> shows(c, "legacy/shipments.odcs.yaml")).queryAll().isEmpty());
        closeDialogs(robot);

        Theme before = window.theme();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the palette opens", () -> robot.lookup("#paletteQuery").tryQuery().map(Node::isVisible).orElse(false));
        robot.write("toggle theme");
        WaitForAsyncUtils.waitForFxEvents();
        studio.snapshot("palette-light.png");
        robot.type(KeyCode.ENTER);
        waitUntil("the theme changes", () -> window.theme() != before);
        assertEquals(before.other(), window.theme());
    }

    private static boolean shows(Node cell, String text) {
        return cell instanceof javafx.scene.control.TreeCell<?> c && c.getGraphic() != null
                && c.getGraphic().lookupAll(".label").stream().anyMatch(l -> text.equals(((Labeled) l).getText()));
    }

    private static void closeDialogs(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && s.getScene() != null && s.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                robot.interact(s::close);
            }
        }
    }

}
