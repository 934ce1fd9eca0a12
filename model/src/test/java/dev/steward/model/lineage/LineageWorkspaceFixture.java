package dev.steward.model.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small workspace: two ODCS contracts joined by relationships and a {@code transformSourceObjects},
 * the output contract of a dbt model,
 * a semantic model with metrics, optionally a dbt manifest at {@code target/manifest.json}, and an
 * OpenLineage file.
 */
final class LineageWorkspaceFixture {

    static final String ORDERS_CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            name: Orders
            version: 1.0.0
            status: active
            schema:
              - name: orders
                physicalName: orders
                properties:
                  - name: order_id
                    logicalType: string
                  - name: customer_id
                    logicalType: string
                    relationships:
                      - to: customers.id
                  - name: amount
                    logicalType: number
              - name: order_lines
                relationships:
                  - from: order_lines.order_id
                    to: orders.order_id
                properties:
                  - name: order_id
                    logicalType: string
                  - name: shipping
                    logicalType: object
                    properties:
                      - name: city
                        logicalType: string
            """;

    static final String CUSTOMERS_CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: customers
            name: Customers
            version: 1.0.0
            status: active
            schema:
              - name: customers
                properties:
                  - name: id
                    logicalType: string
                  - name: lifetime_value
                    logicalType: number
                    transformSourceObjects: [orders, payments]
            """;

    /** The output contract of the dbt model fct_orders. */
    static final String ORDER_FACTS_CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: order-facts
            name: Order facts
            version: 1.0.0
            status: active
            schema:
              - name: fct_orders
                physicalName: analytics.fct_orders
                properties:
                  - name: amount
                    logicalType: number
            """;

    static final String SEMANTIC = """
            semantic_models:
              - name: orders_sm
                model: ref('fct_orders')
                entities:
                  - name: order
                    type: primary
                measures:
                  - name: amount_total
                    agg: sum
                    expr: amount
                  - name: order_count
                    agg: sum
                    expr: 1
            metrics:
              - name: revenue
                type: simple
                type_params:
                  measure: amount_total
              - name: order_total
                type: simple
                type_params:
                  measure: order_count
              - name: average_order_value
                type: ratio
                type_params:
                  numerator: revenue
                  denominator: order_total
            """;

    /** raw.orders -> stg_orders -> fct_orders -> semantic model orders -> revenue -> exec_dashboard, plus a test. */
    static final String MANIFEST = """
            {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json"},
             "nodes": {
               "model.shop.stg_orders": {"resource_type": "model", "name": "stg_orders", "database": "wh",
                 "schema": "analytics", "alias": "stg_orders", "relation_name": "\\"wh\\".\\"analytics\\".\\"stg_orders\\"",
                 "raw_code": "select * from {{ source('raw', 'orders') }}", "columns": {"amount": {"name": "amount"}},
                 "depends_on": {"macros": [], "nodes": ["source.shop.raw.orders"]}},
               "model.shop.fct_orders": {"resource_type": "model", "name": "fct_orders", "database": "wh",
                 "schema": "analytics", "alias": "fct_orders", "relation_name": "\\"wh\\".\\"analytics\\".\\"fct_orders\\"",
                 "depends_on": {"macros": ["macro.dbt.run_query"], "nodes": ["model.shop.stg_orders"]}},
               "test.shop.not_null_fct_orders_amount.1a2b": {"resource_type": "test", "name": "not_null_fct_orders_amount",
                 "depends_on": {"nodes": ["model.shop.fct_orders"]}}
             },
             "sources": {"source.shop.raw.orders": {"resource_type": "source", "name": "orders", "source_name": "raw",
               "database": "wh", "schema": "raw", "identifier": "orders"}},
             "semantic_models": {"semantic_model.shop.orders": {"resource_type": "semantic_model", "name": "orders",
               "depends_on": {"nodes": ["model.shop.fct_orders"]}}},
             "metrics": {"metric.shop.revenue": {"resource_type": "metric", "name": "revenue",
               "depends_on": {"nodes": ["semantic_model.shop.orders"]}}},
             "exposures": {"exposure.shop.exec_dashboard": {"resource_type": "exposure", "name": "exec_dashboard",
               "depends_on": {"nodes": ["metric.shop.revenue", "model.shop.fct_orders"]}}},
             "macros": {"macro.dbt.run_query": {"name": "run_query", "depends_on": {"macros": []}}}
            }
            """;

    /** JSON lines: a nightly export job reading fct_orders (by relation) with column lineage. */
    static final String OPENLINEAGE = """
            {"eventType": "COMPLETE", "job": {"namespace": "airflow", "name": "nightly_export"}, "run": {"runId": "r1"}, "inputs": [{"namespace": "postgres://wh:5432", "name": "wh.analytics.fct_orders"}], "outputs": [{"namespace": "s3://exports", "name": "orders.csv", "facets": {"columnLineage": {"fields": {"total": {"inputFields": [{"namespace": "postgres://wh:5432", "name": "wh.analytics.fct_orders", "field": "amount"}]}}}}}]}
            {"eventType": "START", "job": {"namespace": "airflow", "name": "nightly_export"}, "run": {"runId": "r1"}, "inputs": [], "outputs": []}
            """;

    private LineageWorkspaceFixture() {
    }

    /** The contracts and the semantic layer; with {@code manifest}, also {@code target/manifest.json}. */
    static Path write(Path root, boolean manifest) throws IOException {
        Files.writeString(root.resolve("orders.odcs.yaml"), ORDERS_CONTRACT);
        Files.writeString(root.resolve("customers.odcs.yaml"), CUSTOMERS_CONTRACT);
        Files.writeString(root.resolve("order-facts.odcs.yaml"), ORDER_FACTS_CONTRACT);
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("models/semantic.yml"), SEMANTIC);
        if (manifest) {
            Files.createDirectories(root.resolve("target"));
            Files.writeString(root.resolve("target/manifest.json"), MANIFEST);
        }
        return root;
    }

    static Path openLineage(Path root) throws IOException {
        return Files.writeString(root.resolve("events.jsonl"), OPENLINEAGE);
    }
}
