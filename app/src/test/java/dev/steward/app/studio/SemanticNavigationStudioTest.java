package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.views.document.DocumentView;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the studio: F12 on a dimension in a filter opens the other file at its definition; F2 renames across files. */
@ExtendWith(ApplicationExtension.class)
class SemanticNavigationStudioTest {
    @TempDir
    static Path temp;

    private StudioHarness studio;
    private MainWindow window;
    private Path semantic;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioHarness.open(stage, temp);
        window = studio.window();
        semantic = Files.createDirectories(studio.sample().resolve("semantic")).toAbsolutePath().normalize();
        for (String name : new String[] {"orders.yml", "customers.yml", "queries.yml"}) {
            try (InputStream in = getClass().getResourceAsStream("shop/" + name)) {
                Files.write(semantic.resolve(name), in.readAllBytes());
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        studio.close();
    }

    @Test
    void goToDefinitionOpensTheOtherFileAndRenameRewritesBoth(FxRobot robot) throws Exception {
        Path orders = semantic.resolve("orders.yml");
        Path customers = semantic.resolve("customers.yml");
        Path queries = semantic.resolve("queries.yml");
        fx(() -> window.openWorkspace(studio.sample(), () -> { }));
        waitUntil("the semantic files are indexed", () -> window.documents().semanticWorkspace().current().paths().contains(queries));
        fx(() -> window.documents().open(orders, d -> { }));
        waitUntil("orders.yml is open", () -> window.documents().find(orders).isPresent());

        DocumentView ordersView = window.documents().find(orders).orElseThrow();
        int at = ordersView.editor().getText().indexOf("customer__region") + "customer__".length() + 2;
        fx(() -> caretAt(ordersView, at));
        robot.type(KeyCode.F12);
        waitUntil("customers.yml is open and active", () -> window.documents().active()
                .map(d -> d.model().path().equals(customers)).orElse(false));
        DocumentView customersView = window.documents().find(customers).orElseThrow();
        waitUntil("the caret is on the dimension's name", () -> customersView.editor().getCaretLine() == 16
                && customersView.editor().getCaretColumn() == 17);

        int entity = customersView.editor().getText().indexOf("name: customer\n") + 8;
        fx(() -> caretAt(customersView, entity));
        robot.type(KeyCode.F2);
        waitUntil("the rename dialog asks for the name", () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField name = robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        assertEquals("customer", name.getText());
        robot.clickOn(name);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("buyer");
        robot.type(KeyCode.ENTER);

        waitUntil("both open files and the one on disk are renamed", () ->
                customersView.editor().getText().contains("name: buyer\n")
                        && ordersView.editor().getText().contains("{{ Dimension('buyer__region') }}"));
        String onDisk = Files.readString(queries, StandardCharsets.UTF_8);
        assertTrue(onDisk.contains("Dimension('buyer__region')"), onDisk);
        assertTrue(customersView.editor().isDirty() && ordersView.editor().isDirty(), "open files are edited, not saved");
        assertEquals(read("orders.yml"), Files.readString(orders, StandardCharsets.UTF_8));
    }

    private static void caretAt(DocumentView view, int offset) {
        String text = view.editor().getText();
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        view.editor().goTo(line, offset - text.lastIndexOf('\n', offset - 1));
        ((CodeArea) view.editor().lookup(".yaml-code-area")).requestFocus();
    }

    private String read(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("shop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
