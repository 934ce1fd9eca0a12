package dev.steward.views.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.steward.views.export.PngExport;
import dev.steward.views.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the metric preview like a user on the sample workspace. */
@ExtendWith(ApplicationExtension.class)
class MetricPreviewViewFxTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MetricPreviewViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new MetricPreviewViewModel(new FxTaskRunner(executor));
        stage.setScene(new Scene(new MetricPreviewView(model), 1280, 760));
        stage.show();
        model.load(MetricPreviewViewModelTest.SAMPLE);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(model::close).get();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private Path snapshot(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> PngExport.write(stage.getScene(), Path.of("target", "snapshots", name))).get();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, String listId, String name) {
        CheckBox box = robot.lookup(listId + " .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed in " + listId));
        robot.clickOn(box);
    }

    @Test
    void revenueByMonthShowsRowsAndALineChart(FxRobot robot) throws Exception {
        waitFor(() -> model.loadedProperty().get());
        robot.clickOn("#previewMetricsSearch").write("reven");
        check(robot, "#previewMetrics", "revenue");
        robot.clickOn("#previewGroupBysSearch").write("metric_time");
        check(robot, "#previewGroupBys", "metric_time__month");
        assertEquals(List.of("metric_time__month"), model.groupBys().checked());
        robot.clickOn("#previewRun");
        waitFor(() -> model.resultProperty().get() != null && !model.runningProperty().get());

        TableView<?> table = robot.lookup("#previewTable").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        assertEquals(List.of("metric_time__month", "revenue"), table.getColumns().stream().map(c -> c.getText()).toList());
        LineChart<?, ?> chart = robot.lookup("#previewLineChart").queryAs(LineChart.class);
        assertEquals(6, chart.getData().getFirst().getData().size());
        assertTrue(robot.lookup("#previewSql").queryAs(TextArea.class).getText().contains("\"orders\""));
        assertTrue(robot.lookup("#previewStatus").queryAs(Label.class).getText().startsWith("6 rows in "));
        Path png = snapshot("metric-preview-revenue-by-month.png");
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aDimensionGivesABarChart(FxRobot robot) throws Exception {
        waitFor(() -> model.loadedProperty().get());
        check(robot, "#previewMetrics", "average_order_value");
        robot.clickOn("#previewGroupBysSearch").write("country");
        check(robot, "#previewGroupBys", "customer__country");
        robot.clickOn("#previewRun");
        waitFor(() -> model.resultProperty().get() != null && !model.runningProperty().get());
        BarChart<?, ?> chart = robot.lookup("#previewBarChart").queryAs(BarChart.class);
        assertEquals(7, chart.getData().getFirst().getData().size(), "one bar per country");
        snapshot("metric-preview-aov-by-country.png");
    }

    @Test
    void anInvalidWhereShowsAMessageUnderTheField(FxRobot robot) throws Exception {
        waitFor(() -> model.loadedProperty().get());
        check(robot, "#previewMetrics", "revenue");
        robot.clickOn("#previewWhere").write("{{ Dimension('order__colour') }} = 'blue'");
        robot.clickOn("#previewRun");
        waitFor(() -> !model.problemProperty("where").get().isEmpty());
        Label problem = robot.lookup("#previewWhereProblem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("colour"), problem.getText());
        assertFalse(problem.getText().contains("Exception"), problem.getText());
        assertFalse(robot.lookup("#previewMessage").queryAs(Label.class).isVisible());
        snapshot("metric-preview-invalid-where.png");
    }
}
