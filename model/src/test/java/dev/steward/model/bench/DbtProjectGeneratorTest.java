package dev.steward.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.bench.DbtResource.Layer;
import dev.steward.model.lineage.layout.LayoutGraph;
import dev.steward.model.lineage.layout.LineageNeighbourhood;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtProjectGeneratorTest {

    private final GeneratedDbtProject project = new DbtProjectGenerator().generate(1_000);

    @TempDir
    Path tmp;

    @Test
    void sameSeedSameProjectOtherSeedOtherProject() {
        assertEquals(project, new DbtProjectGenerator().generate(1_000));
        assertNotEquals(project, new DbtProjectGenerator(1).generate(1_000));
    }

    @Test
    void resourcesFlowDownstreamThroughTheLayersAndParentsComeFirst() {
        assertEquals(1_000, project.resources().size());
        Map<String, Layer> seen = new HashMap<>();
        for (DbtResource r : project.resources()) {
            for (String parent : r.dependsOn()) {
                Layer parentLayer = seen.get(parent);
                assertTrue(parentLayer != null, r.uniqueId() + " depends on " + parent + ", which does not come before it");
                assertTrue(parentLayer.ordinal() <= r.layer().ordinal() && parentLayer != Layer.EXPOSURE,
                        r.uniqueId() + " (" + r.layer() + ") depends on " + parentLayer);
            }
            assertEquals(r.layer() == Layer.SOURCE, r.dependsOn().isEmpty(), r.uniqueId());
            seen.put(r.uniqueId(), r.layer());
        }
    }

    @Test
    void shapeIsLikeADbtProject() {
        double edgesPerNode = (double) project.edgeCount() / project.resources().size();
        assertTrue(edgesPerNode > 1.5 && edgesPerNode < 2.5, "edges per node " + edgesPerNode);
        Set<String> packages = new HashSet<>();
        project.resources().forEach(r -> packages.add(r.packageName()));
        assertTrue(packages.size() >= 5, "packages " + packages);
        long crossPackage = project.resources().stream().flatMap(r -> r.dependsOn().stream()
                .filter(p -> !p.split("\\.")[1].equals(r.packageName()))).count();
        assertTrue(crossPackage > 0 && crossPackage < project.edgeCount() / 2, "cross-package edges " + crossPackage);
        Map<String, Integer> fanOut = new HashMap<>();
        project.resources().forEach(r -> r.dependsOn().forEach(p -> fanOut.merge(p, 1, Integer::sum)));
        int maxFanOut = fanOut.values().stream().max(Integer::compare).orElse(0);
        assertTrue(maxFanOut >= 15, "hubs with a large fan-out exist: max " + maxFanOut);
    }

    @Test
    void aTwoHopFocusOfAboutTwoHundredNodesExistsAtFiveThousand() {
        LayoutGraph graph = new DbtProjectGenerator().generate(5_000).toLayoutGraph();
        LineageNeighbourhood lineage = new LineageNeighbourhood(graph);
        int largest = java.util.stream.IntStream.range(0, graph.nodes().size()).filter(i -> i % 10 == 0) // a sample is enough
                .map(i -> lineage.around(graph.nodes().get(i).id(), 2, 2).graph().nodes().size()).max().orElse(0);
        assertTrue(largest >= 150, "largest 2-hop focus " + largest);
    }

    @Test
    void manifestListsEveryResourceWithItsParents() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(project.toManifestJson());

        int count = manifest.get("nodes").size() + manifest.get("sources").size() + manifest.get("exposures").size();
        assertEquals(1_000, count);
        DbtResource mart = project.resources().stream().filter(r -> r.layer() == Layer.MART).findFirst().orElseThrow();
        JsonNode node = manifest.get("nodes").get(mart.uniqueId());
        assertEquals("model", node.get("resource_type").asText());
        assertEquals(mart.dependsOn(), toList(node.get("depends_on").get("nodes")));
        assertEquals(mart.dependsOn(), toList(manifest.get("parent_map").get(mart.uniqueId())));
        assertTrue(toList(manifest.get("child_map").get(mart.dependsOn().getFirst())).contains(mart.uniqueId()));
    }

    @Test
    void graphFileRoundTripsAndExplainsMistakes() throws Exception {
        LayoutGraph graph = project.toLayoutGraph();
        Path file = tmp.resolve("graph.json");
        GraphFile.write(file, graph);

        assertEquals(graph, GraphFile.read(file));

        Path bad = tmp.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"nodes\":[{\"width\":10}],\"edges\":[]}");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> GraphFile.read(bad));
        assertEquals(bad + ": nodes[0] needs a non-empty string \"id\"", e.getMessage());
    }

    @Test
    void tooSmallAProjectIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DbtProjectGenerator().generate(4));
    }

    private static List<String> toList(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void dataTestsHangOffModelsOnTopOfTheResources() throws Exception {
        GeneratedDbtProject tested = new DbtProjectGenerator().withDataTests(project);
        assertEquals(project.resources(), tested.resources().subList(0, 1_000), "the resources stay as they were");
        List<DbtResource> tests = tested.resources().subList(1_000, tested.resources().size());
        long models = project.resources().stream().filter(r -> r.layer().resourceType().equals("model")).count();
        assertTrue(tests.size() > models * 0.8 && tests.size() < models * 1.4, tests.size() + " tests for " + models + " models");
        Map<String, Layer> layers = new HashMap<>();
        project.resources().forEach(r -> layers.put(r.uniqueId(), r.layer()));
        for (DbtResource test : tests) {
            assertEquals(Layer.TEST, test.layer());
            assertTrue(test.uniqueId().startsWith("test." + test.packageName() + "."), test.uniqueId());
            assertTrue(!test.dependsOn().isEmpty() && test.dependsOn().size() <= 2, test.toString());
            assertEquals("model", layers.get(test.dependsOn().getFirst()).resourceType(), "a test tests a model: " + test);
        }
        assertTrue(tests.stream().anyMatch(t -> t.dependsOn().size() == 2), "some relationships tests join two models");
        assertEquals(tested, new DbtProjectGenerator().withDataTests(project), "seeded");

        Path manifest = tmp.resolve("manifest.json");
        java.nio.file.Files.writeString(manifest, tested.toManifestJson());
        JsonNode nodes = new ObjectMapper().readTree(manifest.toFile()).get("nodes");
        JsonNode first = nodes.get(tests.getFirst().uniqueId());
        assertEquals("test", first.get("resource_type").asText());
        assertEquals(tests.getFirst().dependsOn().getFirst(), first.get("depends_on").get("nodes").get(0).asText());
    }
}
