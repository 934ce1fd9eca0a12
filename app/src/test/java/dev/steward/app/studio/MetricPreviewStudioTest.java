package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.views.document.DocumentView;
import dev.steward.views.preview.MetricPreviewViewModel;
import dev.steward.views.preview.PickItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** A user opens the metric preview in the studio, charts revenue by month, and sees a bad filter explained. */
@ExtendWith(ApplicationExtension.class)
class MetricPreviewStudioTest {

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

    private static void check(FxRobot robot, String listId, String name) {
        CheckBox box = robot.lookup(listId + " .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed in " + listId));
        robot.clickOn(box);
    }

    private MetricPreviewViewModel preview() {
        return window.metricPreview().model();
    }

    private void openPreview(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", () -> window.session().root().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the preview lists the sample's metrics", () -> preview().loadedProperty().get()
                && !robot.lookup("#previewMetrics .check-box").queryAll().isEmpty());
    }

    @Test
    void revenueByMonthFromTheShortcut(FxRobot robot) throws Exception {
        openPreview(robot);
        assertTrue(window.metricPreviewShowing());
        robot.clickOn("#previewMetricsSearch").write("revenue");
        check(robot, "#previewMetrics", "revenue");
        robot.clickOn("#previewGroupBysSearch").write("month");
        check(robot, "#previewGroupBys", "metric_time__month");
        robot.clickOn("#previewRun");
        waitUntil("rows arrive", () -> preview().resultProperty().get() != null && !preview().runningProperty().get());

        assertEquals(6, robot.lookup("#previewTable").queryAs(TableView.class).getItems().size());
        LineChart<?, ?> chart = robot.lookup("#previewLineChart").queryAs(LineChart.class);
        assertEquals(6, chart.getData().getFirst().getData().size());
        studio.snapshot("studio-metric-preview.png");

        robot.clickOn("#previewWhere").write("{{ Dimension('order__colour') }} = 'blue'");
        robot.clickOn("#previewRun");
        waitUntil("the where problem shows", () -> robot.lookup("#previewWhereProblem").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#previewWhereProblem").queryAs(Label.class).getText().contains("colour"));
        studio.snapshot("studio-metric-preview-bad-where.png");
    }

    @Test
    void thePaletteHidesItAndSavingMetricsReloadsIt(FxRobot robot) throws Exception {
        openPreview(robot);
        Path metrics = studio.sample().resolve("models/metrics.yml");
        WaitForAsyncUtils.asyncFx(() -> window.openFile(metrics, d -> { })).get(10, TimeUnit.SECONDS);
        waitUntil("metrics.yml is open", () -> window.documents().active().isPresent());
        DocumentView doc = window.documents().active().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> doc.editor().replaceText(doc.editor().getText().replace("saved_queries:",
                "  - name: delivered_orders\n    type: simple\n    type_params:\n      measure: order_count\n"
                        + "    filter: \"{{ Dimension('order__status') }} = 'delivered'\"\n\nsaved_queries:"))).get();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("the new metric is offered", () -> preview().metrics().items().stream()
                .map(PickItem::name).anyMatch("delivered_orders"::equals));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the palette opens", () -> robot.lookup("#paletteQuery").tryQuery().map(Node::isVisible).orElse(false));
        robot.write("metric preview");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitUntil("the preview is hidden", () -> !window.metricPreviewShowing());
        assertFalse(robot.lookup("#metricPreview").tryQuery().isPresent());
    }
}
