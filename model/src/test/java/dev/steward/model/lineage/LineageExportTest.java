package dev.steward.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageExportTest {

    private static LineageGraph graph() {
        return LineageGraphBuilder.build(List.of(b -> {
            b.addNode(new LineageNode("source.p.raw.orders", NodeKind.SOURCE, "raw.orders"));
            b.addNode(new LineageNode("model.p.orders", NodeKind.MODEL, "orders \"v2\""));
            b.addNode(new LineageNode("contract:o/orders", NodeKind.SCHEMA_OBJECT, "orders <main>"));
            b.addEdge("source.p.raw.orders", "model.p.orders", EdgeKind.DEPENDS_ON);
            b.addEdge("contract:o/orders", "model.p.orders", EdgeKind.DESCRIBES);
        })).graph();
    }

    @Test
    void jsonHasNodesAndEdgesWithKinds() throws IOException {
        JsonNode json = new ObjectMapper().readTree(LineageExport.json(graph()));

        assertEquals(3, json.path("nodes").size());
        JsonNode model = json.path("nodes").get(1);
        assertEquals("model.p.orders", model.path("id").asText());
        assertEquals("model", model.path("kind").asText());
        assertEquals("orders \"v2\"", model.path("name").asText());
        assertEquals("describes", json.path("edges").get(1).path("kind").asText());
        assertEquals("contract:o/orders", json.path("edges").get(1).path("from").asText());
    }

    @Test
    void dotQuotesIdsAndDashesNonDbtEdges() {
        String dot = LineageExport.dot(graph());

        assertTrue(dot.startsWith("digraph lineage {\n  rankdir=LR;"), dot);
        assertTrue(dot.contains("\"model.p.orders\" [label=\"orders \\\"v2\\\"\""), dot);
        assertTrue(dot.contains("\"source.p.raw.orders\" [label=\"raw.orders\", tooltip=\"Source: source.p.raw.orders\", shape=cylinder]"), dot);
        assertTrue(dot.contains("\"source.p.raw.orders\" -> \"model.p.orders\";\n"), dot);
        assertTrue(dot.contains("\"contract:o/orders\" -> \"model.p.orders\" [style=dashed, label=\"describes\"];"), dot);
        assertTrue(dot.endsWith("}\n"));
    }

    @Test
    void mermaidUsesSafeIdsAndEscapedLabels() {
        String mermaid = LineageExport.mermaid(graph());

        assertEquals("""
                flowchart LR
                  %% source source.p.raw.orders
                  n0[("raw.orders")]
                  %% model model.p.orders
                  n1["orders #quot;v2#quot;"]
                  %% schema_object contract:o/orders
                  n2["orders #lt;main#gt;"]
                  n0 --> n1
                  n2 -. describes .-> n1
                """, mermaid);
    }
}
