package dev.steward.model.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.lineage.layout.LayoutGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain graph file for layout benchmarks:
 * {@code {"nodes":[{"id":"a","width":160,"height":40,"group":"pkg"}],"edges":[{"source":"a","target":"b"}]}}.
 * {@code width}, {@code height} and {@code group} are optional (default 160 x 40, no group).
 */
public final class GraphFile {

    public static final double DEFAULT_WIDTH = 160;
    public static final double DEFAULT_HEIGHT = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphFile() {
    }

    public static LayoutGraph read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.path("nodes").isArray()) {
            throw new IOException(file + ": expected an object with a \"nodes\" array (and an \"edges\" array), "
                    + "like {\"nodes\":[{\"id\":\"a\",\"width\":160,\"height\":40}],\"edges\":[{\"source\":\"a\",\"target\":\"b\"}]}");
        }
        List<LayoutGraph.Node> nodes = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("nodes")) {
            String id = text(file, n, "id", "nodes[" + i++ + "]");
            Optional<String> group = n.hasNonNull("group") ? Optional.of(n.get("group").asText()) : Optional.empty();
            nodes.add(new LayoutGraph.Node(id, n.path("width").asDouble(DEFAULT_WIDTH), n.path("height").asDouble(DEFAULT_HEIGHT), group));
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>();
        i = 0;
        for (JsonNode e : root.path("edges")) {
            String where = "edges[" + i++ + "]";
            edges.add(new LayoutGraph.Edge(text(file, e, "source", where), text(file, e, "target", where)));
        }
        try {
            return new LayoutGraph(nodes, edges);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, LayoutGraph graph) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (LayoutGraph.Node n : graph.nodes()) {
            ObjectNode o = nodes.addObject().put("id", n.id()).put("width", n.width()).put("height", n.height());
            n.group().ifPresent(g -> o.put("group", g));
        }
        ArrayNode edges = root.putArray("edges");
        graph.edges().forEach(e -> edges.addObject().put("source", e.source()).put("target", e.target()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), root);
    }

    private static String text(Path file, JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IOException(file + ": " + where + " needs a non-empty string \"" + field + "\"");
        }
        return value.asText();
    }
}
