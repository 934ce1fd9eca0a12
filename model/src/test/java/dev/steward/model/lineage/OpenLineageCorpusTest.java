package dev.steward.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenLineageCorpusTest {

    @Test
    void dbtEventsOverTheirOwnManifestAddNoEdgeBetweenDbtResourcesTheManifestLacks() {
        Path folder = Corpus.require().resolve("lineage/openlineage/dbt-jaffle-shop-build");
        LineageGraph manifestOnly = LineageGraphBuilder.build(List.of(new DbtManifestContributor(folder.resolve("manifest.json")))).graph();
        Lineage both = LineageGraphBuilder.build(List.of(new DbtManifestContributor(folder.resolve("manifest.json")),
                new OpenLineageContributor(folder.resolve("openlineage_events.json"))));

        assertEquals(List.of(), both.problems());
        // jobs are unique_ids and datasets dbt relations, so the events land on the manifest's nodes; the only
        // datasets they add are the audit tables tests write with --store-failures
        LineageGraph tables = both.graph().tableLevel();
        Set<String> added = new HashSet<>(WorkspaceLineageTest.ids(tables));
        added.removeAll(WorkspaceLineageTest.ids(manifestOnly));
        assertEquals(12, added.size(), added.toString());
        for (String id : added) {
            assertEquals(NodeKind.DATASET, tables.node(id).orElseThrow().kind(), id);
            assertTrue(id.contains("_dbt_test__audit."), id);
            assertTrue(tables.incoming(id).stream().allMatch(e -> tables.node(e.from()).orElseThrow().kind() == NodeKind.TEST), id);
        }
        Set<List<String>> observed = pairs(tables.filter(n -> manifestOnly.contains(n.id())));
        observed.removeAll(pairs(manifestOnly));
        assertEquals(Set.of(), observed, "edges among dbt resources the manifest lacks");
    }

    private static Set<List<String>> pairs(LineageGraph g) {
        Set<List<String>> out = new HashSet<>();
        g.edges().forEach(e -> out.add(List.of(e.from(), e.to())));
        return out;
    }

    @Test
    void marquezSeedGivesItsJobsDatasetsAndColumnLineage() throws IOException {
        Path seed = Corpus.require().resolve("lineage/marquez/seed/metadata.template.json");
        JsonNode events = new ObjectMapper().readTree(seed.toFile());
        Set<String> jobs = new HashSet<>();
        Set<String> datasets = new HashSet<>();
        for (JsonNode e : events) {
            if (e.path("inputs").isEmpty() && e.path("outputs").isEmpty()) {
                continue;
            }
            jobs.add(e.path("job").path("namespace").asText() + ":" + e.path("job").path("name").asText());
            for (String side : List.of("inputs", "outputs")) {
                for (JsonNode d : e.path(side)) {
                    datasets.add(d.path("namespace").asText() + ":" + d.path("name").asText());
                    // column lineage may name an input dataset the event does not list (public.menu_item_id does)
                    d.path("facets").path("columnLineage").path("fields").forEach(f -> f.path("inputFields")
                            .forEach(in -> datasets.add(in.path("namespace").asText() + ":" + in.path("name").asText())));
                }
            }
        }

        Lineage lineage = LineageGraphBuilder.build(List.of(new OpenLineageContributor(seed)));
        LineageGraph g = lineage.graph();

        assertEquals(List.of(), lineage.problems());
        assertEquals(jobs.size(), g.nodes().stream().filter(n -> n.kind() == NodeKind.JOB).count(),
                () -> g.nodes().stream().filter(n -> n.kind() == NodeKind.JOB).map(LineageNode::id).toList().toString());
        assertEquals(datasets.size(), g.nodes().stream().filter(n -> n.kind() == NodeKind.DATASET).count());
        assertTrue(g.nodes().stream().anyMatch(n -> n.kind() == NodeKind.COLUMN), "columnLineage facets give columns");
        LineageGraph tables = g.tableLevel();
        assertTrue(tables.nodes().stream().noneMatch(n -> n.kind().isField()));
        System.out.println("marquez seed: " + jobs.size() + " jobs, " + datasets.size() + " datasets, "
                + g.nodeCount() + " nodes / " + g.edgeCount() + " edges (" + tables.nodeCount() + " / " + tables.edgeCount()
                + " at table level)");
    }
}
