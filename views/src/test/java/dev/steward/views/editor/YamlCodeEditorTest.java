package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import dev.steward.views.task.FxTaskRunner;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Stages;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class YamlCodeEditorTest {
    private static final String CONTRACT = """
            apiVersion: v3.0.2
            kind: DataContract
            status: bogus
            description:
              purpose: Orders
            """;

    /** Completion is asked off the FX thread, as in the studio. */
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "completion-test");
        t.setDaemon(true);
        return t;
    });

    private YamlCodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = new YamlCodeEditor(new FxTaskRunner(BACKGROUND));
        Stages.show(stage, editor, 800, 500);
    }

    private Collection<String> styleAt(int offset) {
        return Fx.call(() -> editor.area().getStyleOfChar(offset));
    }

    private void load(String text) {
        Fx.run(() -> {
            editor.replaceText(text);
            editor.area().requestFocus();
        });
    }

    private static Diagnostic error(String text, String word, List<QuickFix> fixes) {
        int start = text.indexOf(word);
        return new Diagnostic(null, ParagraphLocator.of(text).range(start, start + word.length()), Severity.ERROR,
                "odcs-status", "status must be one of: proposed, draft, active", fixes);
    }

    @Test
    void highlightsYamlTokens() {
        load(CONTRACT + "# note\nversion: 1.0\nok: true\n");
        String text = Fx.call(editor::getText);
        assertTrue(styleAt(0).contains("yaml-key"));
        assertTrue(styleAt(text.indexOf("DataContract")).contains("yaml-string"));
        assertTrue(styleAt(text.indexOf("# note")).contains("yaml-comment"));
        assertTrue(styleAt(text.indexOf("1.0")).contains("yaml-number"));
        assertTrue(styleAt(text.indexOf("true")).contains("yaml-boolean"));
    }

    @Test
    void openingABlockScalarRestylesTheLinesBelowAndUndoRestoresThem() {
        load("a: x\n  b: y\nc: z\n");
        assertTrue(styleAt(7).contains("yaml-key"), "b is a key at first");
        Fx.run(() -> editor.area().replaceText(3, 4, "|"));
        assertTrue(styleAt(7).contains("yaml-string"), "b: y is now block scalar text");
        assertTrue(styleAt(12).contains("yaml-key"), "c is still a key");
        Fx.run(editor::undo);
        assertTrue(styleAt(7).contains("yaml-key"));
    }

    @Test
    void typingIsHighlightedAndMakesTheEditorDirtyUntilSaved(FxRobot robot) {
        load("");
        assertFalse(editor.isDirty());
        robot.write("name: orders");
        Fx.waitUntil("text typed", () -> editor.getText().equals("name: orders"));
        assertTrue(styleAt(0).contains("yaml-key"));
        assertTrue(styleAt(7).contains("yaml-string"));
        assertTrue(Fx.call(editor::isDirty));
        Fx.run(editor::markSaved);
        assertFalse(Fx.call(editor::isDirty));
        robot.write("x");
        assertTrue(Fx.call(editor::isDirty));
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        Fx.run(() -> { });
        assertFalse(Fx.call(editor::isDirty), "back to the saved text");
        String snapshot = Fx.call(editor::getText);
        robot.write("y");
        Fx.run(() -> editor.markSaved(snapshot));
        assertTrue(Fx.call(editor::isDirty), "typed after the text that was saved in the background");
    }

    @Test
    void tabInsertsSpacesAndEnterKeepsYamlIndentation(FxRobot robot) {
        load("schema:");
        Fx.run(() -> editor.area().moveTo(7));
        robot.type(KeyCode.ENTER);
        robot.write("- name: id");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("x");
        assertEquals("schema:\n  - name: id\n    " + "  x", Fx.call(editor::getText));
    }

    @Test
    void applyEditsKeepsOtherTextAndIsOneUndoStep() {
        String text = "a: 1\nb: 2\nc: 3\n";
        load(text);
        Fx.run(() -> editor.area().moveTo(text.indexOf("c")));
        Fx.run(() -> editor.applyEdits(List.of(
                TextEdit.replace(3, 4, "10"), TextEdit.insert(0, "# top\n"), TextEdit.replace(13, 14, "30"))));
        assertEquals("# top\na: 10\nb: 2\nc: 30\n", Fx.call(editor::getText));
        assertEquals(4, Fx.call(editor::getCaretLine), "the caret stays on line c");
        assertEquals(1, Fx.call(editor::getCaretColumn));
        Fx.run(editor::undo);
        assertEquals(text, Fx.call(editor::getText));
        Fx.run(editor::redo);
        assertEquals("# top\na: 10\nb: 2\nc: 30\n", Fx.call(editor::getText));
    }

    @Test
    void overlappingEditsAreRefusedWithoutChangingTheText() {
        load("a: 1\n");
        var e = assertThrows(IllegalArgumentException.class,
                () -> Fx.call(() -> {
                    editor.applyEdits(List.of(TextEdit.replace(0, 3, "x"), TextEdit.replace(2, 4, "y")));
                    return null;
                }));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertEquals("a: 1\n", Fx.call(editor::getText));
    }

    @Test
    void quickFixFromCtrl1IsAppliedAsOneUndoStep(FxRobot robot) {
        load(CONTRACT);
        int start = CONTRACT.indexOf("bogus");
        var fix = new QuickFix("Set status to active", List.of(
                TextEdit.replace(start, start + 5, "active"), TextEdit.insert(0, "# fixed\n")));
        Fx.run(() -> {
            editor.setDiagnostics(List.of(error(CONTRACT, "bogus", List.of(fix))));
            editor.area().moveTo(start + 2);
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Fx.waitUntil("quick fix menu shows", () -> editor.quickFixes().isShowing());
        var items = Fx.call(() -> List.copyOf(editor.quickFixes().menu().getItems()));
        assertEquals("Set status to active", items.getFirst().getText());
        Fx.run(() -> {
            items.getFirst().fire();
            editor.quickFixes().menu().hide();
        });
        String fixed = "# fixed\n" + CONTRACT.replace("bogus", "active");
        assertEquals(fixed, Fx.call(editor::getText));
        Fx.run(editor::undo);
        assertEquals(CONTRACT, Fx.call(editor::getText));
    }

    @Test
    void goToMovesTheCaretToLineAndColumn() {
        load(CONTRACT);
        Fx.run(() -> editor.goTo(3, 9));
        assertEquals(CONTRACT.indexOf("bogus"), Fx.call(() -> editor.area().getCaretPosition()));
        assertEquals(3, Fx.call(editor::getCaretLine));
        assertEquals(9, Fx.call(editor::getCaretColumn));
        Fx.run(() -> editor.goTo(99, 99));
        assertEquals(CONTRACT.length(), Fx.call(() -> editor.area().getCaretPosition()), "clamped to the end");
    }

    @Test
    void diagnosticsShowUnderlineGutterMarkerAndHoverAndFollowEdits() {
        load(CONTRACT);
        int start = CONTRACT.indexOf("bogus");
        Fx.run(() -> editor.setDiagnostics(List.of(error(CONTRACT, "bogus", List.of()))));
        assertTrue(styleAt(start).contains("diagnostic-error"));
        assertTrue(styleAt(start).contains("yaml-string"), "underline overlays the highlighting");
        assertEquals("bogus", underlinedText(2), "exactly the range is underlined");
        assertEquals("", underlinedText(1));
        assertEquals(List.of("error"), markerSeverities(2));
        assertEquals(List.of(), markerSeverities(1));

        Fx.run(() -> editor.area().fireEvent(MouseOverTextEvent.beginAt(new Point2D(10, 10), start + 1)));
        assertTrue(Fx.call(() -> editor.hover().isShowing()));
        String hover = Fx.call(() -> editor.hover().text());
        assertTrue(hover.contains("status must be one of") && hover.contains("[odcs-status]"), hover);
        Fx.run(() -> editor.area().fireEvent(MouseOverTextEvent.end()));
        assertFalse(Fx.call(() -> editor.hover().isShowing()));

        Fx.run(() -> editor.area().insertText(0, "# new first line\n"));
        int moved = start + "# new first line\n".length();
        assertTrue(styleAt(moved).contains("diagnostic-error"));
        assertEquals(4, Fx.call(() -> editor.getDiagnostics().getFirst().line()));
        assertEquals(List.of("error"), markerSeverities(3));

        Fx.run(() -> editor.setDiagnostics(List.of()));
        assertFalse(styleAt(moved).contains("diagnostic-error"));
        assertEquals(List.of(), markerSeverities(3));
    }

    /** The text of 0-based {@code paragraph} that carries an error underline. */
    private String underlinedText(int paragraph) {
        return Fx.call(() -> {
            var out = new StringBuilder();
            String text = editor.area().getParagraph(paragraph).getText();
            int pos = 0;
            for (var span : editor.area().getStyleSpans(paragraph)) {
                if (span.getStyle().contains("diagnostic-error")) {
                    out.append(text, pos, pos + span.getLength());
                }
                pos += span.getLength();
            }
            return out.toString();
        });
    }

    /** Style classes of the severity icon in the gutter of 0-based {@code paragraph}. */
    private List<String> markerSeverities(int paragraph) {
        return Fx.call(() -> {
            Node gutter = editor.area().getParagraphGraphic(paragraph);
            return ((Parent) gutter).getChildrenUnmodifiable().stream()
                    .filter(n -> n.getStyleClass().contains("diagnostic-marker"))
                    .flatMap(n -> ((Parent) n).getChildrenUnmodifiable().stream())
                    .filter(FontIcon.class::isInstance)
                    .flatMap(n -> n.getStyleClass().stream())
                    .filter(c -> List.of("error", "warning", "info").contains(c))
                    .toList();
        });
    }

    @Test
    void findAndReplaceAll(FxRobot robot) {
        load("name: a\nother: b\nname: c\nName: d\n");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("name");
        Fx.waitUntil("matches counted", () -> editor.findBar().countText().equals("1 of 3"));
        assertEquals(2, Fx.call(() -> editor.findBar().highlighted()), "the other matches are marked");
        robot.type(KeyCode.F3);
        assertEquals("2 of 3", Fx.call(() -> editor.findBar().countText()));
        assertEquals(17, Fx.call(() -> editor.area().getSelection().getStart()));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        assertEquals("1 of 3", Fx.call(() -> editor.findBar().countText()));
        robot.clickOn("#match-case");
        Fx.waitUntil("case-sensitive count", () -> editor.findBar().countText().endsWith("of 2"));

        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        Fx.waitUntil("replace row shows", () -> robot.lookup("#replace-field").query().getParent().isVisible());
        robot.clickOn("#replace-field").write("title");
        assertEquals("title", Fx.call(() -> robot.lookup("#replace-field").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.clickOn("#replace-all");
        assertEquals("title: a\nother: b\ntitle: c\nName: d\n", Fx.call(editor::getText));
        assertEquals("No results", Fx.call(() -> editor.findBar().countText()));
        Fx.run(editor::undo);
        assertEquals("name: a\nother: b\nname: c\nName: d\n", Fx.call(editor::getText), "replace all is one undo step");
        robot.type(KeyCode.ESCAPE);
        assertFalse(Fx.call(() -> editor.findBar().isVisible()));
        assertEquals(0, Fx.call(() -> editor.findBar().highlighted()), "marks go when the bar closes");
    }

    @Test
    void completionOpensOnAKeyPrefixAndInsertsTheChosenItem(FxRobot robot) {
        Fx.run(() -> editor.setCompletionProvider((text, offset) -> {
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            String prefix = text.substring(lineStart, offset).strip();
            return List.of("status", "slaProperties", "servers").stream()
                    .filter(k -> k.startsWith(prefix))
                    .map(k -> new CompletionItem(k, k + ": ", "ODCS key", CompletionItem.Kind.KEY, offset - prefix.length(), offset))
                    .toList();
        }));
        load("kind: DataContract\n");
        Fx.run(() -> editor.area().moveTo(editor.area().getLength()));
        robot.write("s");
        Fx.waitUntil("completion shows", () -> editor.completion().isShowing());
        assertEquals(3, Fx.call(() -> editor.completion().items().size()));
        robot.write("e");
        Fx.waitUntil("list narrowed", () -> editor.completion().items().size() == 1);
        robot.type(KeyCode.ESCAPE);
        assertFalse(Fx.call(() -> editor.completion().isShowing()));
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        Fx.waitUntil("completion shows on Ctrl+Space", () -> editor.completion().items().size() == 3);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertEquals("kind: DataContract\nslaProperties: ", Fx.call(editor::getText));
        Fx.run(editor::undo);
        assertEquals("kind: DataContract\ns", Fx.call(editor::getText), "accepting is its own undo step");
    }

    @Test
    void tabAndShiftTabIndentAndOutdentEverySelectedLineAsOneUndoStep(FxRobot robot) {
        load("a:\nb: 1\nc: 2\n");
        Fx.run(() -> editor.area().selectRange(3, 10));
        robot.type(KeyCode.TAB);
        assertEquals("a:\n  b: 1\n  c: 2\n", Fx.call(editor::getText));
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertEquals("a:\nb: 1\nc: 2\n", Fx.call(editor::getText));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("a:\n  b: 1\n  c: 2\n", Fx.call(editor::getText), "Ctrl+Z undoes the outdent");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("a:\nb: 1\nc: 2\n", Fx.call(editor::getText), "and then the indent");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals("a:\n  b: 1\n  c: 2\n", Fx.call(editor::getText), "Ctrl+Y redoes");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("a:\nb: 1\nc: 2\n", Fx.call(editor::getText), "Ctrl+Shift+Z redoes too");
    }

    @Test
    void hoveringTheGutterMarkerShowsTheLinesMessages(FxRobot robot) {
        load(CONTRACT);
        Fx.run(() -> editor.setDiagnostics(List.of(error(CONTRACT, "bogus", List.of()))));
        Node marker = Fx.call(() -> ((Parent) editor.area().getParagraphGraphic(2)).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("diagnostic-marker")).findFirst().orElseThrow());
        robot.moveTo(marker);
        assertTrue(Fx.call(() -> editor.hover().isShowing()));
        assertTrue(Fx.call(() -> editor.hover().popup().getOwnerNode() == marker), "shown by the marker, not the text");
        assertTrue(Fx.call(() -> editor.hover().text()).contains("[odcs-status]"));
    }

    @Test
    void contextMenuOffersTheQuickFixesAtTheClickedText(FxRobot robot) {
        load(CONTRACT);
        int start = CONTRACT.indexOf("bogus");
        var fix = new QuickFix("Set status to active", List.of(TextEdit.replace(start, start + 5, "active")));
        Fx.run(() -> editor.setDiagnostics(List.of(error(CONTRACT, "bogus", List.of(fix)))));
        var bounds = Fx.call(() -> editor.area().getCharacterBoundsOnScreen(start + 1, start + 2).orElseThrow());
        Fx.run(() -> {
            var local = editor.area().screenToLocal(bounds.getCenterX(), bounds.getCenterY());
            editor.area().fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), bounds.getCenterX(), bounds.getCenterY(), false, null));
        });
        Fx.waitUntil("context menu shows", () -> editor.quickFixes().isShowing());
        var items = Fx.call(() -> editor.quickFixes().menu().getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        assertEquals("Set status to active", items.getFirst());
        assertTrue(items.contains("Undo") && items.contains("Paste"), items.toString());
        Fx.run(() -> editor.quickFixes().menu().hide());
        assertTrue(Fx.call(() -> editor.quickFixes().fixesAt(0)).isEmpty(), "no fixes on a line without diagnostics");
    }

    @Test
    void windowsLineEndingsBecomeNewlinesAndAreHighlightedLikeThem() {
        load("a: 1\r\nb: true\r\n");
        String text = Fx.call(editor::getText);
        assertEquals("a: 1\nb: true\n", text, "the editor (RichTextFX) keeps \\n only; the caller restores \\r\\n on save");
        assertTrue(styleAt(text.indexOf("1")).contains("yaml-number"));
        assertTrue(styleAt(text.indexOf("true")).contains("yaml-boolean"));
    }

    @Test
    void acceptingAKeyOpensItsValuesAtOnce(FxRobot robot) {
        Fx.run(() -> editor.setCompletionProvider((text, offset) -> {
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            String line = text.substring(lineStart, offset);
            if (line.equals("status: ")) {
                return List.of("proposed", "draft", "active").stream()
                        .map(v -> new CompletionItem(v, v, "status", CompletionItem.Kind.VALUE, offset, offset)).toList();
            }
            return line.equals("st") ? List.of(new CompletionItem("status", "status: ", "", CompletionItem.Kind.KEY, lineStart, offset))
                    : List.of();
        }));
        load("kind: DataContract\n");
        Fx.run(() -> editor.area().moveTo(editor.area().getLength()));
        robot.write("st");
        Fx.waitUntil("key completion", () -> editor.completion().items().size() == 1);
        robot.type(KeyCode.TAB);
        Fx.waitUntil("value completion", () -> editor.completion().isShowing() && editor.completion().items().size() == 3);
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        assertEquals("kind: DataContract\nstatus: active", Fx.call(editor::getText));
        assertFalse(Fx.call(() -> editor.completion().isShowing()));
    }

    @Test
    void viewModelFollowsDirtyFlagAndDiagnostics() {
        var vm = new EditorViewModel(java.nio.file.Path.of("orders.odcs.yaml"));
        load(CONTRACT);
        Fx.run(() -> {
            vm.bindTo(editor);
            editor.setDiagnostics(List.of(error(CONTRACT, "bogus", List.of())));
            editor.area().insertText(0, "# x\n");
        });
        assertEquals("orders.odcs.yaml \u2022", vm.titleProperty().get());
        assertEquals("1 error", vm.problemSummaryProperty().get());
        Fx.run(editor::markSaved);
        assertEquals("orders.odcs.yaml", vm.titleProperty().get());
    }

    @Test
    void replaceChangesTheCurrentMatchAndMovesToTheNext(FxRobot robot) {
        load("type: a\ntype: b\ntype: c\n");
        Fx.run(() -> editor.area().moveTo(8));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        robot.write("type");
        Fx.waitUntil("second match selected", () -> editor.findBar().countText().equals("2 of 3"));
        Fx.run(() -> robot.lookup("#replace-field").queryAs(javafx.scene.control.TextField.class).requestFocus());
        robot.write("kind");
        robot.type(KeyCode.ENTER);
        assertEquals("type: a\nkind: b\ntype: c\n", Fx.call(editor::getText));
        assertEquals("2 of 2", Fx.call(() -> editor.findBar().countText()), "moved on to the next match");
        assertEquals(16, Fx.call(() -> editor.area().getSelection().getStart()));
    }
}
