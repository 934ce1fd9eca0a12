package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticProjectTest {

    private static final String ORDERS = """
            semantic_models:
              - name: orders
                model: ref('orders')
                entities:
                  - name: order
                    type: primary
                  - name: customer
                    type: foreign
                dimensions:
                  - name: channel
                    type: categorical
                measures:
                  - name: order_count
                    agg: sum
                    expr: 1
            """;

    private static final String CUSTOMERS = """
            models:
              - name: customers
                semantic_model: {enabled: true}
                columns:
                  - name: customer_id
                    entity: {type: primary, name: customer}
                  - name: region
                    dimension: {type: categorical}
                metrics:
                  - name: customer_count
                    type: simple
                    agg: count_distinct
                    expr: customer_id
            """;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void dbtProjectReadsOnlyItsModelPaths(@TempDir Path root) throws IOException {
        write(root.resolve("dbt_project.yml"), "name: shop\nmodel-paths: [\"transform\"]\n");
        write(root.resolve("transform/marts/orders.yml"), ORDERS);
        write(root.resolve("transform/customers.yaml"), CUSTOMERS);
        write(root.resolve("transform/plain.yml"), "models:\n  - name: plain\n    columns: [{name: id}]\n");
        write(root.resolve("models/ignored.yml"), "metrics:\n  - name: outside\n    type: simple\n");
        write(root.resolve("transform/target/compiled.yml"), "metrics:\n  - name: compiled\n    type: simple\n");

        SemanticProject project = SemanticProject.read(root);

        assertEquals(2, project.documents().size());
        assertEquals(List.of("customers", "orders"), project.semanticModels().stream().map(SemanticModel::name).toList());
        assertEquals(List.of("customer_count"), project.metrics().stream().map(Metric::name).toList());
        assertEquals(Path.of("transform/customers.yaml"), project.documents().getFirst().path());
        assertEquals("orders", project.modelOfMeasure("order_count").orElseThrow().name());
        assertEquals("sum", project.measure("order_count").orElseThrow().agg());
        assertTrue(project.metric("outside").isEmpty());
        assertTrue(project.timeSpines().isEmpty());
    }

    @Test
    void aMetricflowTimeSpineSqlModelIsTheLegacyTimeSpine(@TempDir Path root) throws IOException {
        write(root.resolve("dbt_project.yml"), "name: shop\n");
        write(root.resolve("models/orders.yml"), ORDERS);
        write(root.resolve("models/utils/metricflow_time_spine.sql"), "select * from days\n");

        TimeSpine spine = SemanticProject.read(root).timeSpines().getFirst();

        assertTrue(spine.legacy());
        assertEquals("metricflow_time_spine", spine.model().orElseThrow());
        assertEquals("date_day", spine.primaryColumn().orElseThrow());
    }

    @Test
    void dimensionsAreFoundByEntityQualifiedNames(@TempDir Path root) throws IOException {
        write(root.resolve("orders.yml"), ORDERS);
        write(root.resolve("semantic/customers.yml"), CUSTOMERS);

        SemanticProject project = SemanticProject.read(root);

        assertEquals("channel", project.dimension("order__channel").orElseThrow().name());
        assertEquals("region", project.dimension("customer__region").orElseThrow().name());
        assertEquals("region", project.dimension("order__customer__region").orElseThrow().name());
        assertTrue(project.dimension("order__region").isEmpty(), "region is not on a model with the order entity");
        assertTrue(project.dimension("region").isEmpty(), "a dimension needs its entity");
        assertEquals("customer_count", project.metric("customer_count").orElseThrow().name());
    }
}
