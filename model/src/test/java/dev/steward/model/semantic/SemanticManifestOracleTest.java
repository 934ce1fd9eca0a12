package dev.steward.model.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MetricFlow tutorial exists three times in the corpus: as a dbt legacy-spec project, as the
 * MetricFlow-native manifest YAML and as the {@code semantic_manifest.json} dbt wrote from it. The
 * JSON is the oracle: both YAML forms must read to the names, types, grains and aggregations in it.
 */
class SemanticManifestOracleTest {

    @Test
    void dbtProjectAndNativeManifestReadToWhatSemanticManifestJsonSays() throws IOException {
        Path tutorial = Corpus.require().resolve("semantic/metricflow/mf_tutorial");
        JsonNode manifest = new ObjectMapper().readTree(tutorial.resolve("derived/semantic_manifest.json").toFile());
        List<String> expected = outline(manifest);

        SemanticProject project = SemanticProject.read(tutorial);
        Path nativeFile = tutorial.resolve("derived/metricflow_native_manifest.yaml");
        SemanticDocument nativeDoc = new SemanticDocumentReader()
                .read(new YamlParser().parse(nativeFile, Files.readString(nativeFile)));

        assertEquals(expected, outline(project.semanticModels(), project.metrics(), project.savedQueries(), project.timeSpines()));
        assertEquals(expected, outline(nativeDoc.semanticModels(), nativeDoc.metrics(), nativeDoc.savedQueries(),
                nativeDoc.timeSpines()));
    }

    @Test
    void semanticInterfacesFixtureReadsToWhatItsSemanticManifestJsonSays() throws IOException {
        Path dsi = Corpus.require().resolve("semantic/dbt-semantic-interfaces");
        JsonNode manifest = new ObjectMapper()
                .readTree(dsi.resolve("derived/simple_semantic_manifest.semantic_manifest.json").toFile());

        SemanticProject project = SemanticProject.read(dsi.resolve("simple_semantic_manifest"));

        assertEquals(13, project.semanticModels().size());
        assertEquals(59, project.metrics().size());
        assertEquals(sorted(outline(manifest)),
                sorted(outline(project.semanticModels(), project.metrics(), project.savedQueries(), project.timeSpines())));
    }

    /** The inputs of a metric as the manifest JSON has them (windows as {count, granularity}). */
    private static String inputs(JsonNode p) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("measure", "numerator", "denominator")) {
            if (p.path(key).isObject()) {
                parts.add(key + "=" + input(p.get(key)));
            }
        }
        if (p.path("expr").isTextual()) {
            parts.add("expr=" + p.get("expr").asText());
        }
        if (p.path("metrics").isArray()) {
            List<String> in = new ArrayList<>();
            p.get("metrics").forEach(m -> in.add(input(m)));
            parts.add("metrics=" + in);
        }
        // cumulative settings sit on type_params or (newer) under cumulative_type_params
        JsonNode cumulative = p.path("cumulative_type_params");
        JsonNode window = p.path("window").isObject() ? p.get("window") : cumulative.path("window");
        JsonNode grainToDate = p.path("grain_to_date").isTextual() ? p.get("grain_to_date") : cumulative.path("grain_to_date");
        if (window.isObject()) {
            parts.add("window=" + window(window));
        }
        if (grainToDate.isTextual()) {
            parts.add("grain_to_date=" + grainToDate.asText());
        }
        return String.join(" ", parts);
    }

    private static String input(JsonNode in) {
        return in.get("name").asText() + (in.path("alias").isTextual() ? " as " + in.get("alias").asText() : "")
                + (in.path("offset_window").isObject() ? " offset " + window(in.get("offset_window")) : "")
                + (in.path("offset_to_grain").isTextual() ? " to " + in.get("offset_to_grain").asText() : "")
                + (in.path("filter").isObject() ? " filtered" : "");
    }

    private static String window(JsonNode w) {
        return w.get("count").asText() + " " + singular(w.get("granularity").asText());
    }

    private static String inputs(MetricParams params) {
        List<String> parts = new ArrayList<>();
        switch (params) {
            case MetricParams.Simple s -> s.measure().ifPresent(m -> parts.add("measure=" + input(m)));
            case MetricParams.Ratio r -> {
                r.numerator().ifPresent(m -> parts.add("numerator=" + input(m)));
                r.denominator().ifPresent(m -> parts.add("denominator=" + input(m)));
            }
            case MetricParams.Derived d -> {
                d.expr().ifPresent(e -> parts.add("expr=" + e));
                parts.add("metrics=" + d.inputs().stream().map(SemanticManifestOracleTest::input).toList());
            }
            case MetricParams.Cumulative c -> {
                c.measure().ifPresent(m -> parts.add("measure=" + input(m)));
                c.window().ifPresent(w -> parts.add("window=" + window(w)));
                c.grainToDate().ifPresent(g -> parts.add("grain_to_date=" + g));
            }
            default -> parts.add("unexpected " + params);
        }
        return String.join(" ", parts);
    }

    private static String input(MetricInput in) {
        return in.name() + in.alias().map(a -> " as " + a).orElse("")
                + in.offsetWindow().map(w -> " offset " + window(w)).orElse("")
                + in.offsetToGrain().map(g -> " to " + g).orElse("")
                + (in.filters().isEmpty() ? "" : " filtered");
    }

    private static String window(String w) {
        String[] parts = w.strip().split("\\s+");
        return parts[0] + " " + singular(parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    private static String singular(String grain) {
        return grain.endsWith("s") ? grain.substring(0, grain.length() - 1) : grain;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static List<String> outline(JsonNode manifest) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : manifest.get("semantic_models")) {
            out.add("model " + m.get("name").asText() + " <- " + m.get("node_relation").get("alias").asText());
            m.get("entities").forEach(e -> out.add(m.get("name").asText() + " entity " + e.get("name").asText() + " " + e.get("type").asText()));
            for (JsonNode d : m.get("dimensions")) {
                JsonNode grain = d.path("type_params").path("time_granularity");
                out.add(m.get("name").asText() + " dimension " + d.get("name").asText() + " " + d.get("type").asText()
                        + (grain.isTextual() ? " " + grain.asText() : ""));
            }
            m.get("measures").forEach(x -> out.add(m.get("name").asText() + " measure " + x.get("name").asText() + " " + x.get("agg").asText()));
        }
        manifest.get("metrics").forEach(x -> out.add("metric " + x.get("name").asText() + " " + x.get("type").asText()
                + " " + inputs(x.get("type_params"))));
        manifest.get("saved_queries").forEach(q -> out.add("saved query " + q.get("name").asText()
                + " " + q.get("query_params").get("metrics")));
        for (JsonNode t : manifest.get("project_configuration").get("time_spines")) {
            out.add("time spine " + t.get("node_relation").get("alias").asText() + " "
                    + t.get("primary_column").get("name").asText() + " " + t.get("primary_column").get("time_granularity").asText());
        }
        for (JsonNode t : manifest.get("project_configuration").path("time_spine_table_configurations")) {
            out.add("time spine " + t.get("location").asText() + " " + t.get("column_name").asText() + " "
                    + t.get("grain").asText());
        }
        return out;
    }

    private static List<String> outline(List<SemanticModel> models, List<Metric> metrics, List<SavedQuery> queries,
                                        List<TimeSpine> spines) {
        List<String> out = new ArrayList<>();
        for (SemanticModel m : models) {
            out.add("model " + m.name() + " <- " + m.model().or(() -> m.nodeRelation().flatMap(NodeRelation::alias)).orElse("?"));
            m.entities().forEach(e -> out.add(m.name() + " entity " + e.name() + " " + e.type()));
            m.dimensions().forEach(d -> out.add(m.name() + " dimension " + d.name() + " " + d.type()
                    + d.timeGranularity().map(g -> " " + g).orElse("")));
            m.measures().forEach(x -> out.add(m.name() + " measure " + x.name() + " " + x.agg()));
        }
        metrics.forEach(x -> out.add("metric " + x.name() + " " + x.type() + " " + inputs(x.params())));
        queries.forEach(q -> out.add("saved query " + q.name() + " "
                + q.metrics().stream().map(n -> "\"" + n + "\"").toList().toString().replace(" ", "")));
        spines.forEach(t -> out.add("time spine " + t.model().orElse("?") + " " + t.primaryColumn().orElse("?") + " "
                + t.granularity().orElse("?")));
        return out;
    }
}
