package dev.steward.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every manifest of the lineage corpus: the graph has exactly the nodes and edges of the
 * manifest's own {@code parent_map} and {@code child_map} (read here with Jackson's tree model,
 * independently of the streaming reader), with tests and without.
 */
class DbtManifestCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> manifests() throws IOException {
        Path lineage = Corpus.require().resolve("lineage");
        try (Stream<Path> files = Files.walk(lineage)) {
            return files.filter(f -> f.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
    }

    private record Pair(String from, String to) {
    }

    @Test
    void graphEqualsParentMapAndChildMapForEveryManifest() throws IOException {
        List<Path> manifests = manifests();
        Set<String> versions = new TreeSet<>();
        List<String> figures = new ArrayList<>();
        for (Path file : manifests) {
            JsonNode tree = JSON.readTree(file.toFile());
            versions.add(tree.path("metadata").path("dbt_schema_version").asText());
            Set<Pair> parentEdges = new HashSet<>();
            tree.path("parent_map").properties().forEach(e -> e.getValue().forEach(p -> parentEdges.add(new Pair(p.asText(), e.getKey()))));
            Set<Pair> childEdges = new HashSet<>();
            tree.path("child_map").properties().forEach(e -> e.getValue().forEach(c -> childEdges.add(new Pair(e.getKey(), c.asText()))));
            Set<String> mapNodes = new HashSet<>();
            tree.path("parent_map").properties().forEach(e -> mapNodes.add(e.getKey()));
            tree.path("child_map").properties().forEach(e -> mapNodes.add(e.getKey()));
            Set<String> tests = testIds(tree);

            Lineage lineage = LineageGraphBuilder.build(List.of(new DbtManifestContributor(file)));
            LineageGraph g = lineage.graph();

            String name = file.getParent().getFileName().toString();
            assertEquals(List.of(), lineage.problems(), name);
            assertEquals(mapNodes, ids(g), name + ": nodes");
            assertEquals(parentEdges, pairs(g), name + ": edges vs parent_map");
            assertEquals(childEdges, pairs(g), name + ": edges vs child_map");
            assertTrue(g.edges().stream().allMatch(e -> e.kind() == EdgeKind.DEPENDS_ON), name);

            LineageGraph visible = g.withoutTests();
            assertEquals(mapNodes.stream().filter(id -> !tests.contains(id)).collect(Collectors.toSet()), ids(visible),
                    name + ": nodes without tests");
            assertEquals(parentEdges.stream().filter(p -> !tests.contains(p.from()) && !tests.contains(p.to()))
                    .collect(Collectors.toSet()), pairs(visible), name + ": edges without tests");
            figures.add(name + " " + tree.path("metadata").path("dbt_schema_version").asText().replaceAll(".*/", "")
                    + ": " + g.nodeCount() + " nodes / " + g.edgeCount() + " edges; without tests "
                    + visible.nodeCount() + " / " + visible.edgeCount());
        }
        System.out.println("dbt manifests checked:\n  " + String.join("\n  ", figures));
        assertEquals(10, manifests.size(), "manifests in the corpus: " + manifests);
        assertEquals(Set.of("v1", "v4", "v7", "v8", "v10", "v12"),
                versions.stream().map(v -> v.replaceAll(".*/(v\\d+)\\.json", "$1")).collect(Collectors.toSet()));
    }

    @Test
    void theStreamingReaderReportsTheSchemaVersionAndRelationNames() throws IOException {
        for (Path file : manifests()) {
            JsonNode tree = JSON.readTree(file.toFile());
            DbtManifest manifest = ((DbtManifestReader.Result.Read) new DbtManifestReader().read(file)).manifest();
            String url = tree.path("metadata").path("dbt_schema_version").asText();
            assertEquals(Integer.parseInt(url.replaceAll(".*/v(\\d+)\\.json", "$1")), manifest.schemaVersionNumber().orElseThrow());
            for (DbtManifest.Resource r : manifest.resources()) {
                JsonNode node = section(tree, r.resourceType()).path(r.uniqueId());
                if (r.resourceType().equals("source")) {
                    assertEquals(node.path("identifier").asText(node.path("name").asText()), r.identifier().orElseThrow(), r.uniqueId());
                    assertEquals(node.path("source_name").asText() + "." + node.path("name").asText(), r.displayName());
                } else if (r.resourceType().equals("model")) {
                    assertEquals(node.path("alias").asText(node.path("name").asText()), r.identifier().orElseThrow(), r.uniqueId());
                }
            }
        }
    }

    @Test
    void anUnversionedRefMeansTheLatestVersion() {
        Path file = Corpus.require().resolve("lineage/dbt-labs-c24-workshops-sales/manifest.json");
        LineageGraphBuilder builder = new LineageGraphBuilder();
        new DbtManifestContributor(file).contribute(builder);

        assertEquals(List.of("model.acme_sales.dim_customers.v2", "model.acme_sales.dim_customers.v1"),
                builder.resolve(LineageAlias.ref("dim_customers")));
        // latest_version may be the older one (a pre-release v2)
        assertEquals("model.acme_sales.ad_spend_per_adv.v1", builder.resolveFirst(LineageAlias.ref("ad_spend_per_adv")).orElseThrow());
        assertEquals("dim_customers.v2", builder.node("model.acme_sales.dim_customers.v2").orElseThrow().name());
    }

    private static JsonNode section(JsonNode tree, String resourceType) {
        return switch (resourceType) {
            case "source" -> tree.path("sources");
            default -> tree.path("nodes");
        };
    }

    /** Ids of data tests and unit tests, by their {@code resource_type}. */
    private static Set<String> testIds(JsonNode tree) {
        Set<String> out = new HashSet<>();
        for (String section : List.of("nodes", "unit_tests")) {
            for (Map.Entry<String, JsonNode> e : tree.path(section).properties()) {
                String type = e.getValue().path("resource_type").asText();
                if (type.equals("test") || type.equals("unit_test")) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static Set<String> ids(LineageGraph g) {
        return g.nodes().stream().map(LineageNode::id).collect(Collectors.toSet());
    }

    private static Set<Pair> pairs(LineageGraph g) {
        return g.edges().stream().map(e -> new Pair(e.from(), e.to())).collect(Collectors.toSet());
    }
}
