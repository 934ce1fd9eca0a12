package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.app.preferences.StudioPreferences;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.git.GitConfigIsolation;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import dev.steward.views.document.DocumentView;
import dev.steward.views.export.PngExport;
import dev.steward.views.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

    private MainWindow window;
    private StudioServices services;
    private Path sample;
    private GitConfigIsolation gitConfig;

    @Start
    void start(Stage stage) throws Exception {
        gitConfig = GitConfigIsolation.hideGlobalConfig();
        Path home = Files.createDirectories(temp.resolve("home-" + System.nanoTime()));
        services = new StudioServices(new StudioPreferences(home));
        sample = new SampleWorkspaceInstaller().installIfMissing(home.resolve("sample"));
        window = new MainWindow(stage, services);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        window.openWorkspace(sample, () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get(10, TimeUnit.SECONDS);
        services.close();
        gitConfig.close();
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
        snapshot("palette-light.png");
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

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.image.WritableImage image = window.scene().snapshot(null);
            // popups are separate windows: paint the palette over the main window's picture
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.stage.Popup p && p.isShowing()) {
                    javafx.scene.image.WritableImage pop = p.getScene().snapshot(null);
                    int x = (int) (p.getX() - window.stage().getX());
                    int y = (int) (p.getY() - window.stage().getY());
                    image.getPixelWriter().setPixels(Math.max(0, x), Math.max(0, y),
                            (int) Math.min(pop.getWidth(), image.getWidth() - Math.max(0, x)),
                            (int) Math.min(pop.getHeight(), image.getHeight() - Math.max(0, y)),
                            pop.getPixelReader(), 0, 0);
                }
            }
            return PngExport.write(image, Path.of("target/snapshots", name));
        }).get(20, TimeUnit.SECONDS);
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }
}
