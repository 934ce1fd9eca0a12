package dev.steward.model.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a valid legacy-spec dbt semantic layer of a chosen size for benchmarks: semantic models
 * with entities, time and categorical dimensions and five measures each (sum, count, count_distinct,
 * max, percentile), and ten metrics per model covering every metric type (simple with filters,
 * ratio with a filtered numerator, derived with an offset, cumulative by window and grain-to-date,
 * conversion across two models). Models and metrics sit in separate files, so validation is
 * cross-file. Deterministic: the same sizes give the same files.
 */
public final class SemanticProjectGenerator {
    public static final int DEFAULT_MODELS = 200;
    public static final int METRICS_PER_MODEL = 10;
    private static final int MODELS_PER_FILE = 10;

    /** The files written: {@code models} (semantic models), {@code metrics}, and the time spine. */
    public record GeneratedProject(Path root, List<Path> files, int semanticModels, int metrics) {
        public GeneratedProject {
            files = List.copyOf(files);
        }
    }

    /** Writes a project of {@code models} semantic models and {@code models * 10} metrics under {@code root}. */
    public GeneratedProject write(Path root, int models) throws IOException {
        Files.createDirectories(root.resolve("models/semantic"));
        Files.createDirectories(root.resolve("models/metrics"));
        Files.writeString(root.resolve("dbt_project.yml"), "name: bench\nversion: '1.0'\nmodel-paths: [\"models\"]\n",
                StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        files.add(write(root.resolve("models/time_spine.yml"), """
                models:
                  - name: metricflow_time_spine
                    time_spine:
                      standard_granularity_column: date_day
                    columns:
                      - name: date_day
                        granularity: day
                """));
        for (int from = 0; from < models; from += MODELS_PER_FILE) {
            int to = Math.min(models, from + MODELS_PER_FILE);
            String group = String.format("%03d", from / MODELS_PER_FILE);
            files.add(write(root.resolve("models/semantic/sm_" + group + ".yml"), semanticModels(from, to)));
            files.add(write(root.resolve("models/metrics/metrics_" + group + ".yml"), metrics(from, to, models)));
        }
        return new GeneratedProject(root, files, models, models * METRICS_PER_MODEL);
    }

    /** The semantic models {@code from} (inclusive) to {@code to} (exclusive) as one legacy-spec file. */
    public String semanticModels(int from, int to) {
        StringBuilder y = new StringBuilder("semantic_models:\n");
        for (int i = from; i < to; i++) {
            y.append("""
                      - name: sm_%1$d
                        description: Orders of shop %1$d
                        model: ref('orders_%1$d')
                        defaults:
                          agg_time_dimension: created_at
                        entities:
                          - name: order_%1$d
                            type: primary
                            expr: order_id
                          - name: customer
                            type: foreign
                            expr: customer_id
                        dimensions:
                          - name: created_at
                            type: time
                            type_params:
                              time_granularity: day
                          - name: status
                            type: categorical
                          - name: channel
                            type: categorical
                            expr: lower(channel)
                        measures:
                          - name: m%1$d_amount
                            agg: sum
                            expr: amount
                          - name: m%1$d_count
                            agg: count
                            expr: "1"
                          - name: m%1$d_customers
                            agg: count_distinct
                            expr: customer_id
                          - name: m%1$d_max
                            agg: max
                            expr: amount
                          - name: m%1$d_p90
                            agg: percentile
                            expr: amount
                            agg_params:
                              percentile: 0.9
                    """.formatted(i));
        }
        return y.toString();
    }

    /** Ten metrics for each model in {@code [from, to)}; conversions link model i to model i+1. */
    public String metrics(int from, int to, int models) {
        StringBuilder y = new StringBuilder("metrics:\n");
        for (int i = from; i < to; i++) {
            int next = (i + 1) % models;
            y.append("""
                      - name: revenue_%1$d
                        type: simple
                        type_params:
                          measure: m%1$d_amount
                        filter: "{{ Dimension('order_%1$d__status') }} = 'paid'"
                      - name: orders_%1$d
                        type: simple
                        type_params:
                          measure: m%1$d_count
                      - name: customers_%1$d
                        type: simple
                        type_params:
                          measure: m%1$d_customers
                        filter:
                          - "{{ TimeDimension('order_%1$d__created_at', 'month') }} >= '2024-01-01'"
                          - "{{ Dimension('order_%1$d__channel') }} <> 'test'"
                      - name: max_amount_%1$d
                        type: simple
                        type_params:
                          measure: m%1$d_max
                      - name: p90_amount_%1$d
                        type: simple
                        type_params:
                          measure: m%1$d_p90
                      - name: average_order_%1$d
                        type: ratio
                        type_params:
                          numerator:
                            name: revenue_%1$d
                            filter: "{{ Entity('customer') }} is not null"
                          denominator: orders_%1$d
                      - name: order_growth_%1$d
                        type: derived
                        type_params:
                          expr: orders_%1$d - previous_orders
                          metrics:
                            - name: orders_%1$d
                            - name: orders_%1$d
                              alias: previous_orders
                              offset_window: 1 month
                      - name: orders_last_7_days_%1$d
                        type: cumulative
                        type_params:
                          measure: m%1$d_count
                          cumulative_type_params:
                            window: 7 days
                      - name: revenue_month_to_date_%1$d
                        type: cumulative
                        type_params:
                          measure: m%1$d_amount
                          cumulative_type_params:
                            grain_to_date: month
                            period_agg: last
                      - name: repeat_conversion_%1$d
                        type: conversion
                        type_params:
                          conversion_type_params:
                            entity: customer
                            calculation: conversion_rate
                            base_measure: m%1$d_count
                            conversion_measure: m%2$d_count
                            window: 7 days
                    """.formatted(i, next));
        }
        return y.toString();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
