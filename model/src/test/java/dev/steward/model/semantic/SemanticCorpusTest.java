package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SemanticCorpusTest {

    private static Path semantic() {
        return Corpus.require().resolve("semantic");
    }

    @Test
    void jaffleSlTemplateReadsWithTheCountsOfItsYaml() throws IOException {
        SemanticProject project = SemanticProject.read(semantic().resolve("jaffle-sl-template"));

        assertEquals(5, project.semanticModels().size());
        assertEquals(9, project.semanticModels().stream().mapToInt(m -> m.entities().size()).sum());
        assertEquals(20, project.semanticModels().stream().mapToInt(m -> m.dimensions().size()).sum());
        assertEquals(15, project.semanticModels().stream().mapToInt(m -> m.measures().size()).sum());
        assertEquals(17, project.metrics().size());
        Map<String, Long> byType = project.metrics().stream()
                .collect(Collectors.groupingBy(Metric::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("simple", 11L, "derived", 3L, "cumulative", 2L, "ratio", 1L), byType);
        assertEquals(4, project.savedQueries().size());
        assertEquals(4, project.savedQueries().stream().mapToInt(q -> q.exports().size()).sum());
        assertEquals(1, project.timeSpines().size());

        SemanticModel orders = project.semanticModel("orders").orElseThrow();
        assertEquals("orders", orders.model().orElseThrow());
        assertEquals("ordered_at", orders.aggTimeDimension().orElseThrow());
        assertEquals("order_id", orders.primaryEntityName().orElseThrow());
        assertEquals("count_distinct", project.measure("customers_with_orders").orElseThrow().agg());
        assertEquals("is_food_order", project.dimension("order_id__is_food_order").orElseThrow().name());
        assertTrue(project.dimension("customer__no_such_dimension").isEmpty());

        TimeSpine spine = project.timeSpines().getFirst();
        assertEquals("date_day", spine.primaryColumn().orElseThrow());
        assertEquals("day", spine.granularity().orElseThrow());
        assertEquals("fiscal_quarter", spine.customGranularities().getFirst().name());
        assertEquals("almost_fiscal_quarter", spine.customGranularities().getFirst().columnName().orElseThrow());

        MetricParams.Derived growth = (MetricParams.Derived) project.metric("revenue_growth_mom").orElseThrow().params();
        assertEquals("1 month", growth.inputs().get(1).offsetWindow().orElseThrow());
        assertEquals("revenue_prev_month", growth.inputs().get(1).effectiveName());
        MetricParams.Cumulative last7 = (MetricParams.Cumulative) project.metric("orders_last_7_days").orElseThrow().params();
        assertEquals("7 days", last7.window().orElseThrow());
        assertEquals("order_count", last7.measure().orElseThrow().name());
    }

    @Test
    void autofixLegacyAndLatestProjectsReadToTheSameNames() throws IOException {
        Path dir = semantic().resolve("dbt-autofix");
        SemanticProject legacy = SemanticProject.read(dir.resolve("project_semantic_layer"));
        SemanticProject latest = SemanticProject.read(dir.resolve("project_semantic_layer_expected"));

        assertFalse(legacy.semanticModels().isEmpty());
        // autofix names each semantic model after its dbt model, so models are matched by the model they read
        assertEquals(modelNames(legacy), modelNames(latest));
        assertEquals(elements(legacy), elements(latest));

        // every legacy metric survives with its type; the additions are the simple metrics autofix
        // says it created from measures (its own log is the oracle)
        String log = Files.readString(dir.resolve("project_semantic_layer_expected.stdout.json"));
        TreeMap<String, String> before = metricTypes(legacy);
        TreeMap<String, String> after = metricTypes(latest);
        before.forEach((name, type) -> assertEquals(type, after.get(name), name));
        TreeSet<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        assertEquals(12, added.size(), added.toString());
        for (String name : added) {
            Metric metric = latest.metric(name).orElseThrow();
            assertEquals("simple", metric.type(), name);
            assertTrue(metric.owningModel().isPresent(), name);
            if (log.contains("Added hidden simple metric '" + name + "'")) {
                assertTrue(metric.hidden(), name + " is added hidden");
            }
            assertTrue(log.contains("simple metric '" + name + "'"), name);
        }
        assertEquals(legacy.savedQueries().stream().map(SavedQuery::name).toList(),
                latest.savedQueries().stream().map(SavedQuery::name).toList());
    }

    /** The dbt models the semantic models read. */
    private static TreeSet<String> modelNames(SemanticProject p) {
        return p.semanticModels().stream().map(m -> m.model().orElse("?")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** model/entity:name:type and model/dimension:name:type. */
    private static TreeSet<String> elements(SemanticProject p) {
        TreeSet<String> out = new TreeSet<>();
        for (SemanticModel m : p.semanticModels()) {
            m.entities().forEach(e -> out.add(m.model().orElse("?") + "/entity:" + e.name() + ":" + e.type()));
            m.dimensions().forEach(d -> out.add(m.model().orElse("?") + "/dimension:" + d.name() + ":" + d.type()));
        }
        return out;
    }

    private static TreeMap<String, String> metricTypes(SemanticProject p) {
        TreeMap<String, String> out = new TreeMap<>();
        p.metrics().forEach(m -> out.put(m.name(), m.type()));
        return out;
    }

    @Test
    void metricflowNativeFilesReadWithoutThrowing() throws IOException {
        SemanticDocumentReader reader = new SemanticDocumentReader();
        YamlParser parser = new YamlParser();
        int models = 0;
        int metrics = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(semantic().resolve("metricflow"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                SemanticDocument doc = reader.read(parser.parse(file, text));
                files++;
                models += doc.semanticModels().size();
                metrics += doc.metrics().size();
                if (!doc.isEmpty()) {
                    assertEquals(SemanticFormat.METRICFLOW, doc.format(), file.toString());
                }
            }
        }
        assertTrue(files > 20, "files read: " + files);
        assertTrue(models > 20, "semantic models read: " + models);
        assertTrue(metrics > 50, "metrics read: " + metrics);
    }

    @Test
    void multiDocumentFilesReadEveryDocumentAtItsOwnPosition() throws IOException {
        Path file = semantic().resolve("metricflow/semantic_manifest_yamls/sg_05_derived_metric/manifest.yaml");
        SemanticDocument doc = new SemanticDocumentReader().read(new YamlParser().parse(file, Files.readString(file)));

        assertEquals(2, doc.semanticModels().size());
        assertEquals(3, doc.metrics().size());
        Metric ratio = doc.metrics().get(2);
        assertEquals("bookings_per_view", ratio.name());
        assertEquals(71, ratio.range().startLine());
        assertEquals(3, ratio.range().startColumn());
        assertEquals("views", ((MetricParams.Ratio) ratio.params()).denominator().orElseThrow().name());
        assertEquals("bookings_source", doc.semanticModels().getFirst().nodeRelation().orElseThrow().alias().orElseThrow());

        Path tutorial = semantic().resolve("metricflow/mf_tutorial/derived/metricflow_native_manifest.yaml");
        SemanticDocument all = new SemanticDocumentReader().read(new YamlParser().parse(tutorial, Files.readString(tutorial)));
        assertEquals(3, all.semanticModels().size());
        assertEquals(13, all.metrics().size());
        assertEquals(2, all.savedQueries().size());
        assertEquals(SemanticFormat.METRICFLOW, all.format());
    }
}
