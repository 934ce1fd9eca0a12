package dev.steward.views.preview;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The metric preview panel: metric and group-by pickers on the left; the where filter, limit, Run and
 * Cancel on top; the rows beside a chart; the compiled SQL (read-only, copyable) below. Everything it shows
 * comes from a {@link MetricPreviewViewModel}.
 */
public final class MetricPreviewView extends BorderPane {
    private final MetricPreviewViewModel model;
    private final ResultTable table = new ResultTable();
    private final StackPane chartArea = new StackPane();

    public MetricPreviewView(MetricPreviewViewModel model) {
        this.model = model;
        setId("metricPreview");
        setPadding(new Insets(8));

        PickListView metrics = new PickListView("Metrics", "previewMetrics", "No metrics in this workspace",
                model.metrics(), model.problemProperty("metrics"));
        PickListView groupBys = new PickListView("Group by", "previewGroupBys", "Pick a metric first",
                model.groupBys(), model.problemProperty("group-by"));
        SplitPane pickers = new SplitPane(metrics, groupBys);
        pickers.setOrientation(Orientation.VERTICAL);
        pickers.setDividerPositions(0.5);
        pickers.setMinWidth(220);
        pickers.setPrefWidth(280);

        SplitPane results = new SplitPane(table, chartArea);
        results.setDividerPositions(0.42);
        TextArea sql = new TextArea();
        sql.setId("previewSql");
        sql.setEditable(false);
        sql.setWrapText(false);
        sql.setPromptText("The compiled SQL appears here after Run");
        sql.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 12px;");
        sql.textProperty().bind(model.sqlProperty());
        Button copy = new Button("Copy SQL");
        copy.setId("previewCopySql");
        copy.getStyleClass().add(Styles.SMALL);
        copy.disableProperty().bind(model.sqlProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.sqlProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label sqlTitle = new Label("Compiled SQL (H2)");
        sqlTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox sqlHeader = new HBox(8, sqlTitle, gap, copy);
        sqlHeader.setAlignment(Pos.CENTER_LEFT);
        VBox sqlBox = new VBox(4, sqlHeader, sql);
        VBox.setVgrow(sql, Priority.ALWAYS);
        SplitPane resultsAndSql = new SplitPane(results, sqlBox);
        resultsAndSql.setOrientation(Orientation.VERTICAL);
        resultsAndSql.setDividerPositions(0.72);

        VBox main = new VBox(6, inputs(), resultsAndSql);
        VBox.setVgrow(resultsAndSql, Priority.ALWAYS);
        main.setPadding(new Insets(0, 0, 0, 8));
        SplitPane body = new SplitPane(pickers, main);
        body.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(pickers, false);
        setCenter(body);

        Label status = new Label();
        status.setId("previewStatus");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());
        setBottom(status);
        BorderPane.setMargin(status, new Insets(4, 0, 0, 0));

        model.resultProperty().addListener((o, a, r) -> table.show(r));
        model.chartProperty().addListener((o, a, plan) -> showChart(plan));
        if (model.resultProperty().get() != null) {
            table.show(model.resultProperty().get());
        }
        showChart(model.chartProperty().get());
    }

    private VBox inputs() {
        TextField where = new TextField();
        where.setId("previewWhere");
        where.setPromptText("Where, e.g. {{ Dimension('order__status') }} = 'delivered'");
        where.textProperty().bindBidirectional(model.whereProperty());
        where.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.run();
            }
        });
        HBox.setHgrow(where, Priority.ALWAYS);
        Spinner<Integer> limit = new Spinner<>(0, 1_000_000, 0, 10);
        limit.setId("previewLimit");
        limit.setEditable(true);
        limit.setPrefWidth(110);
        limit.getValueFactory().valueProperty().addListener((o, a, b) -> model.limitProperty().set(b == null ? 0 : b));
        limit.setTooltip(new javafx.scene.control.Tooltip("Row limit; 0 = no limit"));
        Button run = new Button("Run");
        run.setId("previewRun");
        run.setDefaultButton(false);
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("previewCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator(-1);
        progress.setId("previewProgress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        Label whereLabel = new Label("Where");
        Label limitLabel = new Label("Limit");
        for (javafx.scene.control.Control c : List.of(whereLabel, limitLabel, run, cancel, limit)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // the where field gives way first
        }
        where.setMinWidth(160);
        HBox row = new HBox(8, whereLabel, where, limitLabel, limit, run, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label whereProblem = problemLabel("previewWhereProblem", model.problemProperty("where"));
        Label limitProblem = problemLabel("previewLimitProblem", model.problemProperty("limit"));
        Label orderProblem = problemLabel("previewOrderByProblem", model.problemProperty("order-by"));
        Label message = problemLabel("previewMessage", model.messageProperty());
        return new VBox(2, row, whereProblem, limitProblem, orderProblem, message);
    }

    /** A one-line problem in the danger colour, present only while there is one. */
    static Label problemLabel(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrap to as many lines as the message needs
        label.setStyle("-fx-text-fill: -color-danger-fg;");
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void showChart(ChartPlan plan) {
        chartArea.getChildren().clear();
        if (plan.kind() == ChartPlan.Kind.NONE) {
            Label note = new Label(plan.note());
            note.setId("previewChartNote");
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            note.setPadding(new Insets(16));
            chartArea.getChildren().add(note);
            return;
        }
        CategoryAxis x = new CategoryAxis();
        x.setLabel(plan.xTitle());
        if (plan.kind() == ChartPlan.Kind.LINE) {
            // every series on one time axis, in time order (labels sort as the dates do)
            x.setCategories(javafx.collections.FXCollections.observableArrayList(new java.util.TreeSet<>(
                    plan.series().stream().flatMap(s -> s.points().stream()).map(ChartPlan.Point::x).toList())));
            x.setAutoRanging(false);
        }
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(plan.kind() == ChartPlan.Kind.BAR);
        XYChart<String, Number> chart = plan.kind() == ChartPlan.Kind.LINE ? new LineChart<>(x, y) : new BarChart<>(x, y);
        chart.setId(plan.kind() == ChartPlan.Kind.LINE ? "previewLineChart" : "previewBarChart");
        chart.setAnimated(false);
        chart.setLegendVisible(plan.series().size() > 1);
        if (chart instanceof LineChart<String, Number> line) {
            line.setCreateSymbols(plan.series().stream().allMatch(s -> s.points().size() <= 60));
        }
        for (ChartPlan.Series s : plan.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.x(), p.y())));
            chart.getData().add(series);
        }
        if (plan.series().size() == 1) {
            chart.setTitle(plan.series().getFirst().name());
        }
        chartArea.getChildren().add(chart);
    }
}
