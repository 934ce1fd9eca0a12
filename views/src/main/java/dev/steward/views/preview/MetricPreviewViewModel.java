package dev.steward.views.preview;

import dev.steward.model.preview.Cancellation;
import dev.steward.model.preview.MetricPreviewEngine;
import dev.steward.model.preview.MetricSummary;
import dev.steward.model.preview.QueryExecutionException;
import dev.steward.model.preview.QueryResult;
import dev.steward.model.preview.QueryRunner;
import dev.steward.model.query.CompiledQuery;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.query.SqlDialect;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The metric preview: pick metrics and group-bys, add a where filter and a limit, run the query over the
 * workspace's seeds off the UI thread, and see the compiled SQL, the rows and a chart. Problems are shown
 * by the input at fault ({@link #problemProperty(String)} for {@code metrics}, {@code group-by},
 * {@code where}, {@code order-by}, {@code limit}), or in {@link #messageProperty()}; never a stack trace.
 * Inputs are the pick lists, {@link #whereProperty()} and {@link #limitProperty()}; the rest is read-only.
 */
public final class MetricPreviewViewModel implements AutoCloseable {

    /** Opens the preview engine of a workspace (in the background). */
    @FunctionalInterface
    public interface EngineOpener {
        MetricPreviewEngine open(Path workspace) throws Exception;
    }

    private static final String CANNOT_OPEN = "Cannot open the metric preview: ";
    static final List<String> INPUTS = List.of("metrics", "group-by", "where", "order-by", "limit");

    private final TaskRunner tasks;
    private final EngineOpener opener;
    private final PickList metrics = new PickList();
    private final PickList groupBys = new PickList();
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun", false);
    private final ReadOnlyStringWrapper sql = new ReadOnlyStringWrapper(this, "sql", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ChartPlan> chart =
            new ReadOnlyObjectWrapper<>(this, "chart", ChartPlan.none("Run a query to see a chart."));
    private final java.util.Map<String, ReadOnlyStringWrapper> problems = new java.util.LinkedHashMap<>();
    private MetricPreviewEngine engine;
    private Path workspace;
    private Cancellation cancellation;
    private long generation;

    public MetricPreviewViewModel(TaskRunner tasks, EngineOpener opener) {
        this.tasks = tasks;
        this.opener = opener;
        INPUTS.forEach(i -> problems.put(i, new ReadOnlyStringWrapper(this, i + "Problem", "")));
        metrics.checked().addListener((javafx.collections.ListChangeListener<String>) c -> metricsChanged());
        where.addListener((o, a, b) -> problems.get("where").set(""));
        limit.addListener((o, a, b) -> problems.get("limit").set(""));
        groupBys.checked().addListener((javafx.collections.ListChangeListener<String>) c -> problems.get("group-by").set(""));
    }

    public MetricPreviewViewModel(TaskRunner tasks) {
        this(tasks, MetricPreviewEngine::open);
    }

    /** Reads {@code folder}'s semantic layer and seeds; keeps the picks that still exist. */
    public void load(Path folder) {
        workspace = folder;
        long mine = ++generation;
        status.set("Loading metrics and seeds…");
        tasks.run("Loading metric preview", () -> opener.open(folder), opened -> {
            if (mine != generation) {
                opened.close(); // a newer load is under way
                return;
            }
            if (engine != null) {
                engine.close();
            }
            engine = opened;
            loaded.set(true);
            if (message.get().startsWith(CANNOT_OPEN)) {
                message.set("");
            }
            metrics.setItems(opened.metrics().stream().map(MetricPreviewViewModel::item).toList());
            metricsChanged();
            long seedWarnings = opened.seeds().problems().size();
            status.set(opened.metrics().size() + " metrics, " + opened.seeds().tables().size() + " seed tables"
                    + (seedWarnings == 0 ? "" : " (" + seedWarnings + " seed notes in the Problems view)"));
        }, e -> {
            if (mine == generation) {
                message.set(CANNOT_OPEN + oneLine(e));
                status.set("");
            }
        });
    }

    /** Loads the same workspace again (after a semantic or seed file was saved). */
    public void reload() {
        if (workspace != null) {
            load(workspace);
        }
    }

    private static PickItem item(MetricSummary m) {
        String detail = m.type() + m.label().map(l -> " · " + l).orElse("")
                + m.description().map(d -> " — " + d).orElse("");
        return new PickItem(m.name(), detail);
    }

    private void metricsChanged() {
        problems.get("metrics").set("");
        List<String> names = engine == null ? List.of() : engine.groupByNames(metrics.checked());
        groupBys.setItems(names.stream().map(n -> new PickItem(n, n.startsWith("metric_time") ? "time" : "")).toList());
        updateCanRun();
    }

    private void updateCanRun() {
        canRun.set(engine != null && !metrics.checked().isEmpty() && !running.get());
    }

    /** Compiles and runs the current query in the background. */
    public void run() {
        if (engine == null || running.get()) {
            return;
        }
        if (metrics.checked().isEmpty()) {
            problems.get("metrics").set("Pick at least one metric.");
            return;
        }
        INPUTS.forEach(i -> problems.get(i).set(""));
        message.set("");
        // rows sorted by the group-bys, in the order they were picked (time first when it was picked first)
        MetricQuery query = new MetricQuery(List.copyOf(metrics.checked()), List.copyOf(groupBys.checked()),
                Optional.of(where.get()).map(String::strip).filter(w -> !w.isEmpty()), List.copyOf(groupBys.checked()),
                limit.get() > 0 ? OptionalInt.of(limit.get()) : OptionalInt.empty(), Optional.empty(), Optional.empty());
        MetricPreviewEngine current = engine;
        Cancellation c = new Cancellation();
        cancellation = c;
        running.set(true);
        updateCanRun();
        status.set("Running…");
        tasks.run("Running metric query", () -> execute(current, query, c), this::show, e -> {
            finish();
            message.set("The preview failed: " + oneLine(e));
            status.set("");
        });
    }

    private static RunOutcome execute(MetricPreviewEngine engine, MetricQuery query, Cancellation c) {
        CompiledQuery compiled;
        try {
            compiled = engine.compile(query, SqlDialect.H2);
        } catch (QueryCompileException e) {
            return new RunOutcome.NotCompiled(e.problems().isEmpty()
                    ? List.of(QueryProblem.of("metrics", e.getMessage())) : e.problems());
        }
        try {
            return new RunOutcome.Ran(compiled.sql(), engine.runCompiled(compiled, c));
        } catch (QueryExecutionException e) {
            return new RunOutcome.Failed(compiled.sql(), e.getMessage(), e.cancelled());
        }
    }

    private void show(RunOutcome outcome) {
        finish();
        switch (outcome) {
            case RunOutcome.Ran r -> {
                sql.set(r.sql());
                result.set(r.result());
                chart.set(ChartPlan.of(r.result()));
                int n = r.result().rows().size();
                status.set(n + (n == 1 ? " row" : " rows") + (r.result().truncated() ? " (more not shown)" : "")
                        + " in " + r.result().elapsed().toMillis() + " ms");
            }
            case RunOutcome.NotCompiled nc -> {
                clearRows("Fix the query to see a chart.");
                for (QueryProblem p : nc.problems()) {
                    ReadOnlyStringWrapper target = problems.getOrDefault(p.input(), null);
                    if (target == null) {
                        message.set(p.message());
                    } else if (target.get().isEmpty()) {
                        target.set(p.message());
                    }
                }
                status.set("The query cannot be compiled");
            }
            case RunOutcome.Failed f -> {
                if (!f.cancelled()) {
                    clearRows("The database could not run the query.");
                }
                sql.set(f.sql());
                message.set(f.cancelled() ? "" : f.message());
                status.set(f.cancelled() ? "Cancelled" : "The database could not run the query");
                if (engine != null && engine.lost()) {
                    String why = message.get();
                    reload();
                    message.set(why);
                }
            }
        }
    }

    /** No rows of an earlier query stay on screen beside a problem with this one. */
    private void clearRows(String chartNote) {
        sql.set("");
        result.set(null);
        chart.set(ChartPlan.none(chartNote));
    }

    private void finish() {
        running.set(false);
        cancellation = null;
        updateCanRun();
    }

    /** Stops the running query (the database is asked to cancel it). */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
        }
    }

    static String oneLine(Throwable e) {
        String m = e instanceof java.sql.SQLException s ? QueryRunner.oneLine(s) : e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        cancel();
        generation++;
        if (engine != null) {
            engine.close();
            engine = null;
        }
        loaded.set(false);
    }

    public PickList metrics() {
        return metrics;
    }

    public PickList groupBys() {
        return groupBys;
    }

    public StringProperty whereProperty() {
        return where;
    }

    /** Row limit; 0 means none (the preview still keeps at most {@link MetricPreviewEngine#DEFAULT_ROW_CAP}). */
    public IntegerProperty limitProperty() {
        return limit;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sqlProperty() {
        return sql.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A problem not tied to one input (loading, the database), in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartPlan> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The problem with {@code input} ({@code metrics}, {@code group-by}, {@code where}, {@code order-by}, {@code limit}). */
    public ReadOnlyStringProperty problemProperty(String input) {
        ReadOnlyStringWrapper p = problems.get(input);
        if (p == null) {
            throw new IllegalArgumentException("unknown input " + input + "; one of " + INPUTS);
        }
        return p.getReadOnlyProperty();
    }
}
