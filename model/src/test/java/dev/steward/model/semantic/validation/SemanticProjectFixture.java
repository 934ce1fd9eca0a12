package dev.steward.model.semantic.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small valid legacy-spec project, and variants of it with one edit, validated from a temp folder. */
final class SemanticProjectFixture {
    static final String BASE = """
            semantic_models:
              - name: orders
                model: ref('orders')
                defaults:
                  agg_time_dimension: ordered_at
                entities:
                  - name: order_id
                    type: primary
                  - name: customer
                    type: foreign
                    expr: customer_id
                dimensions:
                  - name: ordered_at
                    type: time
                    type_params:
                      time_granularity: day
                  - name: status
                    type: categorical
                measures:
                  - name: order_total
                    agg: sum
                  - name: order_count
                    agg: count
                    expr: "1"
                  - name: customers_with_orders
                    agg: count_distinct
                    expr: customer_id
              - name: customers
                model: ref('customers')
                defaults:
                  agg_time_dimension: first_ordered_at
                entities:
                  - name: customer
                    type: primary
                    expr: customer_id
                dimensions:
                  - name: first_ordered_at
                    type: time
                    type_params:
                      time_granularity: day
                  - name: region
                    type: categorical
                measures:
                  - name: new_customers
                    agg: count
                    expr: "1"
            metrics:
              - name: order_total
                label: Order total
                type: simple
                type_params:
                  measure: order_total
              - name: order_count
                label: Orders
                type: simple
                type_params:
                  measure: order_count
              - name: average_order
                label: Average order
                type: ratio
                type_params:
                  numerator: order_total
                  denominator: order_count
              - name: order_growth
                label: Order growth
                type: derived
                type_params:
                  expr: order_count - previous
                  metrics:
                    - name: order_count
                    - name: order_count
                      alias: previous
                      offset_window: 1 month
              - name: orders_last_7_days
                label: Orders, last 7 days
                type: cumulative
                type_params:
                  measure: order_count
                  window: 7 days
              - name: new_customer_conversion
                label: New customer conversion
                type: conversion
                type_params:
                  conversion_type_params:
                    entity: customer
                    base_measure: new_customers
                    conversion_measure: order_count
                    window: 7 days
            """;

    private SemanticProjectFixture() {
    }

    /** The base project with {@code from} replaced by {@code to} (which must occur). */
    static List<Diagnostic> validateEdited(Path dir, String from, String to) {
        assertTrue(BASE.contains(from), "fixture contains: " + from);
        return validate(dir, BASE.replace(from, to));
    }

    static List<Diagnostic> validate(Path dir, String yaml) {
        try {
            Files.writeString(dir.resolve("semantic.yml"), yaml);
            return new SemanticValidator().validate(SemanticProject.read(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one diagnostic of {@code rule}, checked for severity, line and a message fragment. */
    static Diagnostic single(List<Diagnostic> all, String rule, Severity severity, int line, String fragment) {
        List<Diagnostic> ds = ofRule(all, rule);
        assertEquals(1, ds.size(), () -> "one " + rule + " in " + all);
        Diagnostic d = ds.getFirst();
        assertEquals(severity, d.severity(), d::toString);
        assertEquals(line, d.line(), d::toString);
        assertTrue(d.message().contains(fragment), d::toString);
        assertEquals(Path.of("semantic.yml"), d.path());
        return d;
    }

    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0, fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<Diagnostic> ofRule(List<Diagnostic> ds, String rule) {
        return ds.stream().filter(d -> d.rule().equals(rule)).toList();
    }
}
