package dev.steward.app.bench;

import dev.steward.model.preview.Cancellation;
import dev.steward.model.preview.MetricPreviewEngine;
import dev.steward.model.preview.QueryResult;
import dev.steward.model.preview.SeedDatabase;
import dev.steward.model.preview.WarehouseRelations;
import dev.steward.model.bench.SemanticProjectGenerator;
import dev.steward.model.query.MetricQuery;
import dev.steward.model.query.MetricQueryCompiler;
import dev.steward.model.query.SqlDialect;
import dev.steward.model.semantic.SemanticProject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The metric preview benchmark: compile time per query on a generated semantic layer (every metric type,
 * by month and by a joined dimension), and a cumulative and a derived-with-offset metric over a
 * 1,000,000-row seed in H2. Prints figures; asserts nothing. Deterministic input (fixed seeds).
 */
final class MetricQueryBenchmark {
    static final int MODELS = 50;
    static final int ROWS = 1_000_000;

    private MetricQueryBenchmark() {
    }

    /**
     * Runs this section alone (the bench profile runs it from {@link StewardBenchmark});
     * {@code --compile-only} skips the 1,000,000-row part.
     */
    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("steward-metric-bench");
        if (List.of(args).contains("--compile-only")) {
            compileTimes(tmp.resolve("metric-compile"));
        } else {
            run(tmp);
        }
        System.exit(0);
    }

    static void run(Path tmp) throws Exception {
        compileTimes(tmp.resolve("metric-compile"));
        compileGeneratedProject(tmp.resolve("metric-compile-generated"));
        System.gc();
        millionRows(tmp.resolve("metric-rows"));
    }

    static void compileTimes(Path root) throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("semantic.yml"), project(MODELS));
        SemanticProject project = SemanticProject.read(root);
        MetricQueryCompiler compiler = new MetricQueryCompiler(project, new WarehouseRelations(project), SqlDialect.H2);
        java.util.Map<String, List<MetricQuery>> byKind = new java.util.LinkedHashMap<>();
        for (int i = 0; i < MODELS; i++) {
            for (String m : List.of("revenue", "orders", "aov", "cumulative_revenue", "growth_mom", "conversion")) {
                byKind.computeIfAbsent(m, x -> new ArrayList<>())
                        .add(MetricQuery.of(List.of(m + "_" + i), List.of("metric_time__month")));
            }
            byKind.computeIfAbsent("two metrics, joined dim", x -> new ArrayList<>()).add(MetricQuery.of(
                    List.of("revenue_" + i, "orders_" + i), List.of("metric_time__week", "customer__region")));
        }
        List<MetricQuery> queries = byKind.values().stream().flatMap(List::stream).toList();
        int[] next = {0};
        int failed = 0;
        for (MetricQuery q : queries) {
            try {
                compiler.compile(q);
            } catch (Exception e) {
                failed++;
                if (failed == 1) {
                    System.out.println("  (first compile failure: " + q.metrics() + ": " + e.getMessage() + ")");
                }
            }
        }
        Stats stats = StewardBenchmark.measure(queries.size(), queries.size() * 5, () -> compileQuietly(compiler,
                queries.get(next[0]++ % queries.size())));
        System.out.printf(Locale.ROOT, "%nMetric query compile: %d semantic models, %d metrics, %d distinct queries "
                + "(%d do not compile)%n", MODELS, project.metrics().size(), queries.size(), failed);
        System.out.println("  compile per query: " + stats.summary());
        for (var kind : byKind.entrySet()) {
            List<MetricQuery> group = kind.getValue();
            int[] k = {0};
            Stats s = StewardBenchmark.measure(group.size(), group.size() * 5,
                    () -> compileQuietly(compiler, group.get(k[0]++ % group.size())));
            System.out.printf(Locale.ROOT, "    %-24s %s%n", kind.getKey() + ":", s.summary());
        }
    }

    /**
     * The project (200 semantic models, 2,000 metrics of every type, from {@link SemanticProjectGenerator}):
     * one query per metric by {@code metric_time__month}, compiled for H2.
     */
    static void compileGeneratedProject(Path root) throws Exception {
        new SemanticProjectGenerator().write(root, SemanticProjectGenerator.DEFAULT_MODELS);
        SemanticProject project = SemanticProject.read(root);
        MetricQueryCompiler compiler = new MetricQueryCompiler(project, new WarehouseRelations(project), SqlDialect.H2);
        List<MetricQuery> queries = project.metrics().stream()
                .map(m -> MetricQuery.of(List.of(m.name()), List.of("metric_time__month"))).toList();
        long failed = queries.stream().filter(q -> compileQuietly(compiler, q) instanceof Exception).count();
        int[] next = {0};
        Stats stats = StewardBenchmark.measure(queries.size(), queries.size() * 3,
                () -> compileQuietly(compiler, queries.get(next[0]++ % queries.size())));
        System.out.printf(Locale.ROOT, "%nMetric query compile on the generated project: %d semantic models, %d metrics, "
                + "one query per metric by metric_time__month (%d do not compile)%n",
                project.semanticModels().size(), queries.size(), failed);
        System.out.println("  compile per query: " + stats.summary());
    }

    private static Object compileQuietly(MetricQueryCompiler compiler, MetricQuery q) {
        try {
            return compiler.compile(q);
        } catch (Exception e) {
            return e;
        }
    }

    static void millionRows(Path root) throws Exception {
        Files.createDirectories(root.resolve("seeds"));
        Files.writeString(root.resolve("semantic.yml"), project(1).replace("ref('orders_0')", "ref('orders')")
                .replace("ref('customers_0')", "ref('customers')").replace("ref('visits_0')", "ref('visits')"));
        writeSeeds(root.resolve("seeds"));
        long start = System.nanoTime();
        SeedDatabase seeds = SeedDatabase.load(root);
        double loadMs = (System.nanoTime() - start) / 1e6;
        try (MetricPreviewEngine engine = MetricPreviewEngine.open(SemanticProject.read(root), seeds, 100_000)) {
            System.out.printf(Locale.ROOT, "%nMetric queries over a %,d-row seed (H2 in memory; seeds loaded in %.0f ms)%n",
                    ROWS, loadMs);
            time(engine, "simple, by month and joined region", "revenue_0", "metric_time__month,customer__region");
            time(engine, "derived with 1-month offset, by month", "growth_mom_0", "metric_time__month");
            time(engine, "cumulative (7-day window, by day)", "revenue_7d_0", "metric_time__day");
            // offsets and cumulative windows meet the time spine pre-aggregated per day (DailyRollup): before, every
            // spine day joined every source row (709 s, 287 s, out of memory for these three on H2)
            time(engine, "cumulative (all-time, by month)", "cumulative_revenue_0", "metric_time__month");
        }
    }

    private static void time(MetricPreviewEngine engine, String what, String metric, String groupBy) throws Exception {
        MetricQuery q = MetricQuery.of(List.of(metric), List.of(groupBy.split(",")));
        QueryResult[] last = new QueryResult[1];
        Stats stats;
        try {
            // one run each: on a 1M-row seed a single run takes seconds to minutes, and JIT warm-up is noise
            stats = StewardBenchmark.measure(0, 1, () -> last[0] = engine.run(q, Cancellation.none()));
        } catch (Exception e) {
            System.out.println("  " + what + ": failed: " + e.getMessage());
            return;
        }
        System.out.printf(Locale.ROOT, "  %-40s %s; %d rows%n", what + ":", stats.summary(), last[0].rows().size());
    }

    private static void writeSeeds(Path seeds) throws IOException {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2023, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(seeds.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            w.write("order_id,customer_id,created_at,status,channel,amount\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(i + "," + random.nextInt(10_000) + "," + first.plusDays(random.nextInt(730)) + ","
                        + (random.nextInt(10) == 0 ? "cancelled" : "delivered") + "," + (random.nextBoolean() ? "web" : "app")
                        + "," + (500 + random.nextInt(20_000)) / 100.0 + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(seeds.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            w.write("customer_id,region,signed_up_at\n");
            for (int i = 0; i < 10_000; i++) {
                w.write(i + "," + List.of("north", "south", "east", "west").get(i % 4) + "," + first.plusDays(i % 365) + "\n");
            }
        }
        Files.writeString(seeds.resolve("visits.csv"), "visit_id,customer_id,visited_at\n1,1,2023-01-01\n");
    }

    /** {@code n} shops: orders, customers and visits models each, and seven metrics of every type per shop. */
    static String project(int n) {
        StringBuilder models = new StringBuilder("semantic_models:\n");
        StringBuilder metrics = new StringBuilder("metrics:\n");
        for (int i = 0; i < n; i++) {
            models.append("""
                      - name: orders_%1$d
                        model: ref('orders_%1$d')
                        defaults: {agg_time_dimension: created_at}
                        entities:
                          - {name: order_%1$d, type: primary, expr: order_id}
                          - {name: customer, type: foreign, expr: customer_id}
                        dimensions:
                          - {name: created_at, type: time, type_params: {time_granularity: day}}
                          - {name: status, type: categorical}
                          - {name: channel, type: categorical}
                        measures:
                          - {name: amount_%1$d, agg: sum, expr: amount}
                          - {name: order_count_%1$d, agg: sum, expr: "1"}
                      - name: visits_%1$d
                        model: ref('visits_%1$d')
                        defaults: {agg_time_dimension: visited_at}
                        entities:
                          - {name: visit_%1$d, type: primary, expr: visit_id}
                          - {name: customer, type: foreign, expr: customer_id}
                        dimensions:
                          - {name: visited_at, type: time, type_params: {time_granularity: day}}
                        measures:
                          - {name: visits_%1$d, agg: sum, expr: "1"}
                    """.formatted(i));
            metrics.append("""
                      - {name: revenue_%1$d, type: simple, type_params: {measure: amount_%1$d}}
                      - {name: orders_%1$d, type: simple, type_params: {measure: order_count_%1$d}}
                      - {name: aov_%1$d, type: ratio, type_params: {numerator: revenue_%1$d, denominator: orders_%1$d}}
                      - {name: cumulative_revenue_%1$d, type: cumulative, type_params: {measure: amount_%1$d}}
                      - name: revenue_7d_%1$d
                        type: cumulative
                        type_params: {measure: amount_%1$d, cumulative_type_params: {window: 7 days}}
                      - name: growth_mom_%1$d
                        type: derived
                        type_params:
                          expr: (revenue_%1$d - previous) / previous
                          metrics:
                            - {name: revenue_%1$d}
                            - {name: revenue_%1$d, offset_window: 1 month, alias: previous}
                      - name: conversion_%1$d
                        type: conversion
                        type_params:
                          conversion_type_params:
                            entity: customer
                            base_measure: visits_%1$d
                            conversion_measure: order_count_%1$d
                            window: 7 days
                    """.formatted(i));
        }
        models.append("""
                  - name: customers
                    model: ref('customers')
                    defaults: {agg_time_dimension: signed_up_at}
                    entities:
                      - {name: customer, type: primary, expr: customer_id}
                    dimensions:
                      - {name: region, type: categorical}
                      - {name: signed_up_at, type: time, type_params: {time_granularity: day}}
                """);
        return models + "\n" + metrics;
    }
}
