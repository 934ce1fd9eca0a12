package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.Point;
import dev.steward.views.lineage.LineageCanvas;
import dev.steward.views.lineage.LineageViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user opens the lineage of the sample from the editor, reads it, and double-clicks a node to open its file. */
@ExtendWith(ApplicationExtension.class)
class LineageStudioTest {

    @TempDir
    static Path temp;

    private StudioHarness studio;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioHarness.open(stage, temp);
        window = studio.window();
    }

    @AfterEach
    void stop() throws Exception {
        studio.close();
    }

    private LineageViewModel lineage() {
        return window.lineage().model();
    }

    private Set<NodeKind> drawnKinds() {
        return lineage().drawingProperty().get().graph().nodes().stream().map(LineageNode::kind).collect(Collectors.toSet());
    }

    /** Opens a file of the sample workspace in the editor, once the workspace is open. */
    private Path openSample(String relative) throws Exception {
        waitUntil("the workspace is open", () -> window.session().root().isPresent());
        Path file = studio.sample().resolve(relative);
        WaitForAsyncUtils.asyncFx(() -> window.openFile(file, d -> { })).get(10, TimeUnit.SECONDS);
        waitUntil(file.getFileName() + " is the active tab", () -> window.documents().active()
                .map(d -> d.model().path().equals(file)).orElse(false));
        return file;
    }

    private void awaitDrawing(String what) throws Exception {
        waitUntil(what, () -> lineage().focusProperty().get() != null
                && !lineage().busyProperty().get() && !lineage().drawingProperty().get().isEmpty());
    }

    /** Hides the Git column (Ctrl+Shift+G) so the graph has the width, fits it, and writes a snapshot. */
    private void snapshotWithRoom(FxRobot robot, String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.asyncFx(() -> window.lineage().view().canvas().fit()).get(10, TimeUnit.SECONDS);
        studio.snapshot(name);
    }

    @Test
    void ctrlShiftLShowsTheActiveContractsLineageAndDoubleClickOpensANode(FxRobot robot) throws Exception {
        Path contract = openSample("contracts/payments.odcs.yaml");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitDrawing("the lineage is drawn around the contract");
        assertTrue(window.lineageShowing());
        LineageGraph whole = lineage().graphProperty().get();
        LineageNode focus = whole.node(lineage().focusProperty().get()).orElseThrow();
        assertEquals(NodeKind.CONTRACT, focus.kind(), "focused on " + focus);
        assertEquals(contract, focus.file().orElseThrow());
        assertTrue(lineage().drawingProperty().get().graph().nodeCount() < whole.nodeCount(),
                "a neighbourhood, not the whole graph of " + whole.nodeCount() + " nodes");
        assertTrue(drawnKinds().containsAll(Set.of(NodeKind.CONTRACT, NodeKind.DATA_PRODUCT)), "drawn: " + drawnKinds());
        snapshotWithRoom(robot, "studio-lineage.png");

        // a product drawn next to the contract: double-click opens its file
        LineageNode product = lineage().drawingProperty().get().graph().nodes().stream()
                .filter(n -> n.kind() == NodeKind.DATA_PRODUCT && n.file().isPresent()).findFirst().orElseThrow();
        LineageCanvas canvas = window.lineage().view().canvas();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> {
            canvas.centreOn(product.id(), 1);
            Point p = canvas.nodeCentreOnScreen(product.id());
            return canvas.localToScreen(p.x(), p.y());
        }).get(10, TimeUnit.SECONDS);
        robot.doubleClickOn(onScreen);
        Path productFile = product.file().orElseThrow();
        waitUntil(productFile.getFileName() + " opens in a tab", () -> window.documents().active()
                .map(d -> d.model().path().equals(productFile)).orElse(false));
        int nameLine = LineagePanel.definitionLine(Files.readString(productFile), product.name());
        assertTrue(nameLine > 1, product.name() + " is named on a line of its file");
        waitUntil("the caret is on the product's name", () -> window.documents().active().orElseThrow().editor().getCaretLine() == nameLine);
    }

    @Test
    void showInLineageFromThePaletteFocusesOnTheMetricsFileAndASaveKeepsTheFocus(FxRobot robot) throws Exception {
        openSample("models/metrics.yml");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the palette opens", () -> robot.lookup("#paletteQuery").tryQuery().map(Node::isVisible).orElse(false));
        robot.write("show in lineage");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        awaitDrawing("the lineage is drawn around a metric");
        String focus = lineage().focusProperty().get();
        assertEquals(NodeKind.METRIC, lineage().graphProperty().get().node(focus).orElseThrow().kind());
        assertTrue(drawnKinds().containsAll(Set.of(NodeKind.SEMANTIC_MODEL, NodeKind.METRIC)), "drawn: " + drawnKinds());
        snapshotWithRoom(robot, "studio-lineage-metric.png");
        LineageGraph before = lineage().graphProperty().get();
        WaitForAsyncUtils.asyncFx(() -> lineage().select(focus)).get(10, TimeUnit.SECONDS);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // unchanged text: a plain save
        waitUntil("the lineage is rebuilt", () -> lineage().graphProperty().get() != before && !lineage().busyProperty().get());
        assertEquals(focus, lineage().focusProperty().get());
        assertEquals(focus, lineage().selectedProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the lineage is hidden", () -> !window.lineageShowing());
        assertFalse(robot.lookup("#lineagePanel").tryQuery().isPresent());
    }
}
