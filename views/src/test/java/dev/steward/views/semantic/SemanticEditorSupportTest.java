package dev.steward.views.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.semantic.navigation.SemanticWorkspaceFiles;
import dev.steward.model.text.TextEdit;
import dev.steward.views.editor.YamlCodeEditor;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Snapshots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two semantic files open side by side (orders.yml, customers.yml) and one on disk only
 * (queries.yml): completion while typing, hover, F12 into the other file, Shift+F12, F2 rename.
 */
@ExtendWith(ApplicationExtension.class)
class SemanticEditorSupportTest {
    @TempDir
    Path dir;

    private Stage stage;
    private final Map<Path, YamlCodeEditor> editors = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private int relints;
    private Path orders;
    private Path customers;
    private Path queries;
    private SemanticEditorSupport ordersSupport;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openTwoFiles() throws IOException {
        orders = copy("orders.yml");
        customers = copy("customers.yml");
        queries = copy("queries.yml");
        SemanticWorkspace workspace = new SemanticWorkspace(SemanticWorkspaceFiles.read(dir));
        SemanticEditorSupport.Wiring wiring = new SemanticEditorSupport.Wiring(workspace,
                (path, line, column) -> {
                    opened.add(path);
                    editors.get(path).goTo(line, column);
                },
                path -> Optional.ofNullable(editors.get(path)).map(e -> (Consumer<List<TextEdit>>) e::applyEdits),
                symbol -> Optional.of(symbol.name().equals("customer") ? "buyer" : "Bad Name"),
                messages::add, () -> relints++);
        // several short FX steps rather than one long one: the machine may be busy
        Fx.run(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        HBox box = Fx.call(HBox::new);
        for (Path p : List.of(orders, customers)) {
            String text = read(p);
            Fx.run(() -> {
                YamlCodeEditor editor = new YamlCodeEditor();
                editor.replaceText(text);
                HBox.setHgrow(editor, Priority.ALWAYS);
                editors.put(p, editor);
                box.getChildren().add(editor);
                SemanticEditorSupport support = SemanticEditorSupport.attach(p, editor, wiring);
                if (p.equals(orders)) {
                    ordersSupport = support;
                }
            });
        }
        Fx.run(() -> {
            stage.setScene(new Scene(box, 1100, 700));
            stage.show();
        });
    }

    @org.junit.jupiter.api.AfterEach
    void resetTheme() {
        Fx.run(() -> javafx.application.Application.setUserAgentStylesheet(null));
    }

    @Test
    void typingAMeasureShowsMeasureNamesAndAcceptingInsertsOne(FxRobot robot) throws Exception {
        YamlCodeEditor editor = editors.get(orders);
        String head = "metrics:\n  - name: new_metric\n    type: simple\n    type_params:\n      measure:";
        Fx.run(() -> {
            int start = editor.getText().indexOf("metrics:\n");
            editor.applyEdits(List.of(TextEdit.replace(start, start + "metrics:".length(), head)));
            caretAt(editor, start + head.length());
        });
        Fx.run(() -> area(editor).showParagraphAtTop(area(editor).getCurrentParagraph() - 12));
        robot.write(" ord");
        Fx.waitUntil("completion shows", () -> completionList(robot).isPresent() && completionList(robot).get().isVisible()
                && !completionList(robot).get().getItems().isEmpty());
        List<String> labels = Fx.call(() -> completionList(robot).orElseThrow().getItems().stream()
                .map(i -> ((CompletionItem) i).label()).toList());
        assertEquals(List.of("order_total", "order_count"), labels);
        Path png = Fx.call(() -> Snapshots.write(stage, List.of(window(completionList(robot).orElseThrow())),
                Snapshots.directory().resolve("semantic-completion.png")));
        assertTrue(Files.size(png) > 10_000, png.toString());

        robot.type(KeyCode.ENTER);
        assertTrue(Fx.call(editor::getText).contains("      measure: order_total\n"), Fx.call(editor::getText));
    }

    @Test
    void hoverOverAMeasureDescribesIt(FxRobot robot) throws Exception {
        YamlCodeEditor editor = editors.get(orders);
        int at = Fx.call(editor::getText).indexOf("measure: order_total") + "measure: ".length() + 2;
        Fx.run(() -> caretAt(editor, at));
        Fx.run(() -> area(editor).showParagraphAtTop(area(editor).getCurrentParagraph() - 12));
        Fx.run(() -> {
            CodeArea area = area(editor);
            var bounds = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            area.fireEvent(MouseOverTextEvent.beginAt(new Point2D(bounds.getMinX(), bounds.getMaxY()), at));
        });
        Fx.waitUntil("hover shows", () -> shownHover(robot).isPresent());
        String text = Fx.call(() -> robot.lookup(".symbol-hover .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).reduce("", (a, b) -> a + b + "\n"));
        assertTrue(text.startsWith("measure order_total\nagg: sum\nsemantic model: orders\n"), text);
        assertTrue(text.contains("Total amount of the order including tax."), text);
        assertTrue(text.contains("orders.yml:24"), text);
        Path png = Fx.call(() -> Snapshots.write(stage, List.of(window(shownHover(robot).orElseThrow())),
                Snapshots.directory().resolve("semantic-hover.png")));
        assertTrue(Files.size(png) > 10_000, png.toString());
    }

    @Test
    void f12OnADimensionInAFilterJumpsToItsDefinitionInTheOtherFile(FxRobot robot) {
        YamlCodeEditor editor = editors.get(orders);
        int at = Fx.call(editor::getText).indexOf("customer__region") + "customer__".length() + 1;
        Fx.run(() -> caretAt(editor, at));
        robot.type(KeyCode.F12);

        assertEquals(List.of(customers), opened);
        YamlCodeEditor target = editors.get(customers);
        int expectedLine = lineOf(Fx.call(target::getText), "          name: region");
        assertEquals(expectedLine, (int) Fx.call(target::getCaretLine));
        assertEquals(17, (int) Fx.call(target::getCaretColumn));
    }

    @Test
    void ctrlClickOnAMeasureJumpsToItsDefinition() {
        YamlCodeEditor editor = editors.get(orders);
        String text = Fx.call(editor::getText);
        int at = text.indexOf("measure: order_total") + "measure: ".length() + 3;
        Fx.run(() -> caretAt(editor, at));
        Fx.run(() -> {
            CodeArea area = area(editor);
            var bounds = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            Point2D local = area.screenToLocal(bounds.getCenterX(), bounds.getCenterY());
            area.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    local.getX(), local.getY(), bounds.getCenterX(), bounds.getCenterY(),
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, true, false, false, true, false, false, true,
                    false, false, null));
        });

        assertEquals(List.of(orders), opened);
        assertEquals(lineOf(text, "- name: order_total"), (int) Fx.call(editor::getCaretLine));
    }

    @Test
    void shiftF12ListsUsagesAndOpensTheChosenOne(FxRobot robot) {
        YamlCodeEditor editor = editors.get(orders);
        int at = Fx.call(editor::getText).indexOf("- name: revenue\n") + 9;
        Fx.run(() -> caretAt(editor, at));
        robot.press(KeyCode.SHIFT, KeyCode.F12).release(KeyCode.F12, KeyCode.SHIFT);

        Fx.waitUntil("usages show", () -> ordersSupport.usagesPopup().isShowing());
        List<String> rows = Fx.call(() -> ordersSupport.usagesPopup().items().stream()
                .map(o -> o.location().path().getFileName() + ":" + o.location().range().startLine()
                        + (o.definition() ? " def" : "")).toList());
        assertEquals(List.of("orders.yml:39 def", "orders.yml:63", "queries.yml:7", "queries.yml:9", "queries.yml:17",
                "queries.yml:25"), rows);
        Fx.run(() -> {
            ordersSupport.usagesPopup().list().getSelectionModel().select(1);
            ordersSupport.usagesPopup().list().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(orders), opened);
        assertEquals(63, (int) Fx.call(editor::getCaretLine));
    }

    @Test
    void f2RenamesAnEntityInTheOpenFilesAndTheFileOnDisk(FxRobot robot) throws IOException {
        YamlCodeEditor editor = editors.get(orders);
        String before = Fx.call(editor::getText);
        int at = before.indexOf("- name: customer\n") + 9;
        Fx.run(() -> caretAt(editor, at));
        robot.type(KeyCode.F2);

        assertEquals(List.of(), messages);
        String after = Fx.call(editor::getText);
        assertTrue(after.contains("- name: buyer\n        type: foreign"), after);
        assertTrue(after.contains("{{ Dimension('buyer__region') }} = 'EU'"), after);
        assertTrue(Fx.call(editors.get(customers)::getText).contains("name: buyer\n          type: primary"));
        String onDisk = Files.readString(queries, StandardCharsets.UTF_8);
        assertTrue(onDisk.contains("\"Dimension('buyer__region')\""), onDisk);
        assertFalse(onDisk.contains("customer__"), onDisk);
        assertEquals(1, relints);
        assertTrue(Fx.call(editor::isDirty), "open files are edited, not saved");
        assertEquals(read(orders), Files.readString(orders, StandardCharsets.UTF_8));

        Fx.run(editor::undo);
        assertEquals(before, Fx.call(editor::getText), "one undo reverts the rename in an open file");
    }

    @Test
    void anInvalidNewNameIsRefusedWithAMessageAndNothingChanges(FxRobot robot) throws IOException {
        YamlCodeEditor editor = editors.get(orders);
        String before = Fx.call(editor::getText);
        int at = before.indexOf("- name: status") + 9;
        Fx.run(() -> caretAt(editor, at));
        robot.type(KeyCode.F2);

        assertEquals(1, messages.size());
        assertTrue(messages.getFirst().startsWith("Cannot rename dimension orders.status: 'Bad Name' must start"),
                messages.getFirst());
        assertEquals(before, Fx.call(editor::getText));
        assertEquals(read(queries), Files.readString(queries, StandardCharsets.UTF_8));
        assertEquals(0, relints);
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("shop/" + name)) {
            Path p = dir.resolve(name).toAbsolutePath().normalize();
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Puts the caret at {@code offset}, scrolled into view, and focuses the editor. */
    private static void caretAt(YamlCodeEditor editor, int offset) {
        String text = editor.getText();
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        editor.goTo(line, offset - text.lastIndexOf('\n', offset - 1));
    }

    private static CodeArea area(YamlCodeEditor editor) {
        return (CodeArea) editor.lookup(".yaml-code-area");
    }

    private static Optional<ListView<?>> completionList(FxRobot robot) {
        return robot.lookup(".completion-list").tryQueryAs(ListView.class).map(l -> (ListView<?>) l);
    }

    private static Optional<Node> shownHover(FxRobot robot) {
        return robot.lookup(".symbol-hover").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst();
    }

    private static Window window(Node node) {
        return node.getScene().getWindow();
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
