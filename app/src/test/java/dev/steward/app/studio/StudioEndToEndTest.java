package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.views.document.DocumentView;
import dev.steward.views.problems.ProblemRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plays a user: opens the sample workspace, breaks a contract in the editor, sees the problem in
 * the problems panel and the underline, fixes it, edits, saves, commits through the Git panel,
 * and checks with JGit that the commit exists with the message typed. Saves PNG snapshots of the
 * main window (light and dark) under {@code app/target/snapshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class StudioEndToEndTest {

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
    void breakFixSaveAndCommitAContract(FxRobot robot) throws Exception {
        waitUntil("the workspace tree lists the Orders contract", () -> !robot.lookup(".tree-cell")
                .match(this::showsOrders).queryAll().isEmpty());
        waitUntil("the Git panel shows the branch", () -> robot.lookup("#gitBranchLabel").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("main")).orElse(false));

        robot.doubleClickOn(robot.lookup(".tree-cell").match(this::showsOrders).<Node>query());
        waitUntil("orders.odcs.yaml is open", () -> active().isPresent());
        DocumentView doc = active().orElseThrow();
        assertEquals("orders.odcs.yaml", doc.model().fileName());
        waitUntil("the sample contract validates without errors", () -> errorsIn(doc).isEmpty()
                && !doc.validation().isValidating());

        // break it: "status:" becomes "xstatus:"
        robot.interact(() -> doc.editor().goTo(7, 1));
        robot.write("x");
        waitUntil("an error appears in the problems panel", () -> problemRows(robot).stream()
                .anyMatch(r -> r.diagnostic().severity() == Severity.ERROR && r.displayPath().endsWith("orders.odcs.yaml")));
        List<Diagnostic> errors = errorsIn(doc);
        assertTrue(errors.stream().anyMatch(d -> d.line() == 7 && d.message().contains("xstatus")),
                "expected an error about 'xstatus' at line 7, got " + errors);
        CodeArea area = robot.lookup("#yamlEditor .styled-text-area").queryAs(CodeArea.class);
        int offset = area.getAbsolutePosition(6, 1);
        Collection<String> style = area.getStyleOfChar(offset);
        assertTrue(style.contains("diagnostic-error"), "the broken key is underlined as an error: " + style);
        studio.snapshot("main-light.png");

        // fix it and make a real change
        robot.type(KeyCode.BACK_SPACE);
        waitUntil("the error disappears", () -> errorsIn(doc).isEmpty() && problemRows(robot).stream()
                .noneMatch(r -> r.diagnostic().severity() == Severity.ERROR));
        robot.interact(() -> doc.editor().goTo(6, 15));
        robot.type(KeyCode.BACK_SPACE).write("1");
        assertTrue(doc.editor().getText().contains("version: 1.4.1"), "the version was edited");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("the file is saved", () -> !doc.model().dirtyProperty().get());
        assertTrue(Files.readString(sample.resolve("contracts/orders.odcs.yaml")).contains("version: 1.4.1"));

        // commit through the Git panel
        robot.interact(() -> window.git().orElseThrow().refresh());
        waitUntil("the change is listed", () -> window.git().orElseThrow().changeRows().size() > 0);
        robot.clickOn("#gitStageAllButton");
        waitUntil("the change is staged", () -> window.git().orElseThrow().canCommitProperty().get()
                || window.git().orElseThrow().statusProperty().get().changes().stream().anyMatch(c -> c.staged()));
        robot.clickOn("#gitCommitMessage").write("Bump orders contract to 1.4.1");
        robot.clickOn("#gitCommitButton");
        waitUntil(() -> "the commit lands; Git panel says: error='" + window.git().orElseThrow().errorProperty().get()
                + "' info='" + window.git().orElseThrow().infoProperty().get() + "' blockers="
                + window.git().orElseThrow().blockers() + " message='" + window.git().orElseThrow().commitMessageProperty().get() + "'",
                () -> lastCommit().map(c -> c.getFullMessage().strip().equals("Bump orders contract to 1.4.1"))
                .orElse(false));
        RevCommit commit = lastCommit().orElseThrow();
        assertEquals("Grace Reviewer", commit.getAuthorIdent().getName());
        assertFalse(window.git().orElseThrow().statusProperty().get().changes().stream()
                .anyMatch(c -> c.path().endsWith("orders.odcs.yaml")), "nothing left to commit for orders");

        // another branch: the status bar follows it and the open (clean) document is reloaded from disk
        robot.interact(() -> window.git().orElseThrow().createBranch("review"));
        waitUntil("the branch exists", () -> window.git().orElseThrow().branches().stream()
                .anyMatch(b -> b.name().equals("review")));
        robot.interact(() -> window.git().orElseThrow().switchBranch("review"));
        waitUntil("the status bar shows the new branch", () -> robot.lookup("#statusBranch").tryQuery()
                .map(n -> ((Labeled) n).getText().equals("review")).orElse(false));
        assertTrue(doc.editor().getText().contains("version: 1.4.1"), "the document still shows the file");
        assertFalse(doc.model().dirtyProperty().get());

        // the form beside the YAML shows the same contract, and edits made there land in the text
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the Git column is hidden", () -> robot.lookup("#gitPanel").tryQuery().map(n -> n.getScene() == null).orElse(true));
        robot.clickOn("#modeSplit");
        waitUntil("the form shows the contract name", () -> robot.lookup("#formName").tryQuery()
                .map(n -> "Orders".equals(((javafx.scene.control.TextField) n).getText())).orElse(false));
        javafx.scene.control.TextField name = robot.lookup("#formName").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(name).write("Orders and lines").type(KeyCode.ENTER);
        waitUntil("the form edit reaches the YAML", () -> doc.editor().getText().contains("name: Orders and lines"));
        assertTrue(doc.editor().getText().contains("# Orders placed in the Harbour Lane web shop"), "comments survive");
        studio.snapshot("main-split-light.png");
        robot.interact(() -> doc.editor().undo());
        waitUntil("undo takes the form edit back", () -> doc.editor().getText().contains("\nname: Orders\n"));
        robot.clickOn("#modeYAML");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the Git column is back", () -> robot.lookup("#gitPanel").tryQuery().isPresent());

        robot.interact(window::toggleTheme);
        WaitForAsyncUtils.waitForFxEvents();
        studio.snapshot("main-dark.png");
        robot.interact(window::toggleTheme);
    }

    private boolean showsOrders(Node cell) {
        return cell instanceof javafx.scene.control.TreeCell<?> c && c.getGraphic() != null
                && c.getGraphic().lookupAll(".label").stream()
                .anyMatch(l -> "Orders".equals(((Labeled) l).getText()));
    }

    private Optional<DocumentView> active() {
        return window.documents().active();
    }

    private static List<Diagnostic> errorsIn(DocumentView doc) {
        return doc.model().diagnosticsProperty().get().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ProblemRow> problemRows(FxRobot robot) {
        return List.copyOf(((TableView<ProblemRow>) robot.lookup("#problemsTable").query()).getItems());
    }

    private Optional<RevCommit> lastCommit() {
        try (Git git = Git.open(sample.toFile())) {
            for (RevCommit c : git.log().setMaxCount(1).call()) {
                return Optional.of(c);
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

}
