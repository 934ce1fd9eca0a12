package dev.steward.model.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a lineage graph as JSON ({@code {"nodes":[{"id","kind","name"}],"edges":[{"from","to","kind"}]}}),
 * Graphviz DOT or a Mermaid flowchart, left to right. Nodes and edges keep the graph's order.
 * In DOT and Mermaid, {@link EdgeKind#DEPENDS_ON} edges are solid and other kinds dashed and
 * labelled with their kind. Stateless and thread-safe.
 */
public final class LineageExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LineageExport() {
    }

    public static String json(LineageGraph graph) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("nodes", graph.nodes().stream().map(LineageExport::node).toList());
        root.put("edges", graph.edges().stream().map(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("to", e.to());
            m.put("kind", e.kind().id());
            return m;
        }).toList());
        return write(root);
    }

    /**
     * An impact as JSON: {@code {"focus": {id, kind, name}, "direction": "downstream"|"upstream",
     * "nodes": [{id, kind, name, category, path: [ids, in the direction data flows]}]}}, nearest first.
     */
    public static String json(ImpactAnalysis.Impact impact) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("focus", node(impact.focus()));
        root.put("direction", impact.direction().name().toLowerCase(Locale.ROOT));
        root.put("nodes", impact.reached().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>(node(r.node()));
            m.put("category", r.node().kind().category().name().toLowerCase(Locale.ROOT));
            m.put("path", r.path().stream().map(LineageNode::id).toList());
            return m;
        }).toList());
        return write(root);
    }

    private static Map<String, String> node(LineageNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("kind", n.kind().id());
        m.put("name", n.name());
        return m;
    }

    private static String write(Map<String, Object> root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists of strings always serialise", e);
        }
    }

    public static String dot(LineageGraph graph) {
        StringBuilder out = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        for (LineageNode n : graph.nodes()) {
            out.append("  ").append(dotString(n.id())).append(" [label=").append(dotString(n.name()))
                    .append(", tooltip=").append(dotString(n.kind().title() + ": " + n.id()));
            String shape = dotShape(n.kind());
            if (shape != null) {
                out.append(", shape=").append(shape);
            }
            out.append("];\n");
        }
        for (LineageEdge e : graph.edges()) {
            out.append("  ").append(dotString(e.from())).append(" -> ").append(dotString(e.to()));
            if (e.kind() != EdgeKind.DEPENDS_ON) {
                out.append(" [style=dashed, label=").append(dotString(e.kind().id())).append("]");
            }
            out.append(";\n");
        }
        return out.append("}\n").toString();
    }

    public static String mermaid(LineageGraph graph) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = new HashMap<>();
        List<LineageNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            LineageNode n = nodes.get(i);
            String id = "n" + i;
            ids.put(n.id(), id);
            String label = mermaidLabel(n.name());
            String[] brackets = mermaidShape(n.kind());
            out.append("  %% ").append(n.kind().id()).append(' ').append(n.id().replace("\n", " ")).append('\n');
            out.append("  ").append(id).append(brackets[0]).append(label).append(brackets[1]).append('\n');
        }
        for (LineageEdge e : graph.edges()) {
            out.append("  ").append(ids.get(e.from()));
            out.append(e.kind() == EdgeKind.DEPENDS_ON ? " --> " : " -. " + e.kind().id() + " .-> ");
            out.append(ids.get(e.to())).append('\n');
        }
        return out.toString();
    }

    private static String dotShape(NodeKind kind) {
        return switch (kind) {
            case SOURCE, SEED, DATASET -> "cylinder";
            case METRIC, SEMANTIC_MODEL, SAVED_QUERY -> "ellipse";
            case EXPOSURE -> "house";
            case CONTRACT, DATA_PRODUCT -> "folder";
            case PROPERTY, COLUMN -> "plain";
            case JOB -> "cds";
            default -> null;
        };
    }

    private static String[] mermaidShape(NodeKind kind) {
        return switch (kind) {
            case SOURCE, SEED, DATASET -> new String[] {"[(", ")]"};
            case METRIC, SEMANTIC_MODEL, SAVED_QUERY -> new String[] {"([", "])"};
            case EXPOSURE -> new String[] {"[/", "/]"};
            case CONTRACT, DATA_PRODUCT -> new String[] {"[[", "]]"};
            default -> new String[] {"[", "]"};
        };
    }

    /** A DOT double-quoted string. */
    static String dotString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** A Mermaid quoted label: quotes and angle brackets as entity codes, line breaks as spaces. */
    static String mermaidLabel(String s) {
        return "\"" + s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", " ").replace("\r", " ") + "\"";
    }
}
