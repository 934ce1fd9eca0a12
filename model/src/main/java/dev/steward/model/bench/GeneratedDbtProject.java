package dev.steward.model.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.steward.model.lineage.layout.LayoutGraph;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated dbt project: its resources in dependency order (every parent comes before its children).
 * It can be turned into the lineage {@link LayoutGraph} directly, or written as a dbt {@code manifest.json}
 * (the subset a lineage reader needs) so that manifest parsing can be measured on the same project.
 */
public record GeneratedDbtProject(List<DbtResource> resources) {

    /** Drawn node height, and the width range that node names are fitted into. */
    public static final double NODE_HEIGHT = 40;
    static final double MIN_WIDTH = 120;
    static final double MAX_WIDTH = 280;

    public GeneratedDbtProject {
        resources = List.copyOf(resources);
    }

    public int edgeCount() {
        return resources.stream().mapToInt(r -> r.dependsOn().size()).sum();
    }

    /** The lineage graph: one node per resource (sized by name, grouped by package), one edge per dependency. */
    public LayoutGraph toLayoutGraph() {
        List<LayoutGraph.Node> nodes = new ArrayList<>(resources.size());
        List<LayoutGraph.Edge> edges = new ArrayList<>(edgeCount());
        for (DbtResource r : resources) {
            nodes.add(new LayoutGraph.Node(r.uniqueId(), nodeWidth(r.name()), NODE_HEIGHT, Optional.of(r.packageName())));
            for (String parent : r.dependsOn()) {
                edges.add(new LayoutGraph.Edge(parent, r.uniqueId()));
            }
        }
        return new LayoutGraph(nodes, edges);
    }

    /** A node wide enough for its name at about 7 px per character, within 120..280 px. */
    public static double nodeWidth(String name) {
        return Math.clamp(32 + 7.0 * name.length(), MIN_WIDTH, MAX_WIDTH);
    }

    /** A dbt manifest (schema v12 subset: nodes, sources, exposures, parent_map, child_map). */
    public String toManifestJson() {
        Map<String, List<String>> children = new LinkedHashMap<>();
        resources.forEach(r -> children.put(r.uniqueId(), new ArrayList<>()));
        resources.forEach(r -> r.dependsOn().forEach(p -> children.get(p).add(r.uniqueId())));
        StringWriter out = new StringWriter(resources.size() * 400);
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("metadata");
            json.writeStringField("dbt_schema_version", "https://schemas.getdbt.com/dbt/manifest/v12.json");
            json.writeStringField("generated_by", "steward benchmark");
            json.writeEndObject();
            writeSection(json, "nodes", DbtResource.Layer.STAGING, DbtResource.Layer.INTERMEDIATE, DbtResource.Layer.MART,
                    DbtResource.Layer.TEST);
            writeSection(json, "sources", DbtResource.Layer.SOURCE);
            writeSection(json, "exposures", DbtResource.Layer.EXPOSURE);
            writeMap(json, "parent_map", resources.stream().collect(LinkedHashMap::new,
                    (m, r) -> m.put(r.uniqueId(), r.dependsOn()), Map::putAll));
            writeMap(json, "child_map", children);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeSection(JsonGenerator json, String field, DbtResource.Layer... layers) throws IOException {
        json.writeObjectFieldStart(field);
        List<DbtResource.Layer> wanted = List.of(layers);
        for (DbtResource r : resources) {
            if (!wanted.contains(r.layer())) {
                continue;
            }
            json.writeObjectFieldStart(r.uniqueId());
            json.writeStringField("unique_id", r.uniqueId());
            json.writeStringField("resource_type", r.layer().resourceType());
            json.writeStringField("package_name", r.packageName());
            json.writeStringField("name", r.name());
            json.writeStringField("original_file_path", path(r));
            json.writeArrayFieldStart("fqn");
            json.writeString(r.packageName());
            json.writeString(r.layer().name().toLowerCase(java.util.Locale.ROOT));
            json.writeString(r.name());
            json.writeEndArray();
            if (r.layer() != DbtResource.Layer.SOURCE) {
                json.writeObjectFieldStart("depends_on");
                json.writeArrayFieldStart("macros");
                json.writeEndArray();
                json.writeArrayFieldStart("nodes");
                for (String parent : r.dependsOn()) {
                    json.writeString(parent);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static String path(DbtResource r) {
        return switch (r.layer()) {
            case SOURCE -> "models/staging/" + r.packageName() + "/_sources.yml";
            case EXPOSURE -> "models/exposures.yml";
            case TEST -> "models/" + r.packageName() + "/schema.yml";
            default -> "models/" + r.layer().name().toLowerCase(java.util.Locale.ROOT) + "/" + r.packageName() + "/" + r.name() + ".sql";
        };
    }

    private static void writeMap(JsonGenerator json, String field, Map<String, List<String>> map) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            json.writeArrayFieldStart(e.getKey());
            for (String id : e.getValue()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
