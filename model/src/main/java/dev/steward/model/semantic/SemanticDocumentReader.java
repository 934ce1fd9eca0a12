package dev.steward.model.semantic;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the semantic-layer content of one YAML file in any of the three surface formats: the dbt
 * legacy spec (top-level {@code semantic_models:}, {@code metrics:}, {@code saved_queries:}), the
 * dbt latest spec (semantic models embedded in {@code models:} entries) and MetricFlow-native files
 * (one {@code semantic_model:} / {@code metric:} / {@code saved_query:} /
 * {@code project_configuration:} object per YAML document, several documents per file).
 *
 * <p>Never throws on odd input: elements that cannot be named are skipped, wrong-typed values stay
 * in the element's {@code extensions()}. Stateless and thread-safe.
 */
public final class SemanticDocumentReader {

    public SemanticDocument read(YamlDocument document) {
        return read(document.path(), YamlDocumentStream.roots(document));
    }

    /** Reads the roots of a file's YAML documents ({@link YamlDocumentStream}) as the file {@code path}. */
    public SemanticDocument read(java.nio.file.Path path, List<YamlNode> roots) {
        Accumulator acc = new Accumulator();
        for (YamlNode root : roots) {
            if (root instanceof YamlMapping m) {
                readRoot(m, acc);
            }
        }
        return new SemanticDocument(path, acc.format(), acc.models, acc.metrics, acc.savedQueries, acc.timeSpines);
    }

    private static void readRoot(YamlMapping root, Accumulator acc) {
        for (YamlNode node : items(root, "semantic_models")) {
            SemanticElementReader.semanticModel(node).ifPresent(m -> acc.model(m, SemanticFormat.DBT_LEGACY));
        }
        for (YamlNode node : items(root, "models")) {
            LatestSpecReader.ModelEntry entry = LatestSpecReader.read(node);
            entry.semanticModel().ifPresent(m -> acc.model(m, SemanticFormat.DBT_LATEST));
            entry.metrics().forEach(m -> acc.metric(m, formatOf(m)));
            entry.timeSpine().ifPresent(acc.timeSpines::add);
        }
        for (YamlNode node : items(root, "metrics")) {
            MetricReader.metric(node, Optional.empty()).ifPresent(m -> acc.metric(m, formatOf(m)));
        }
        for (YamlNode node : items(root, "saved_queries")) {
            savedQuery(node).ifPresent(acc.savedQueries::add);
        }
        root.get("semantic_model").flatMap(SemanticElementReader::semanticModel)
                .ifPresent(m -> acc.model(m, SemanticFormat.METRICFLOW));
        root.get("metric").flatMap(n -> MetricReader.metric(n, Optional.empty()))
                .ifPresent(m -> acc.metric(m, SemanticFormat.METRICFLOW));
        root.get("saved_query").flatMap(SemanticDocumentReader::savedQuery).ifPresent(q -> {
            acc.savedQueries.add(q);
            acc.formats.add(SemanticFormat.METRICFLOW);
        });
        root.mapping("project_configuration").ifPresent(pc -> {
            acc.formats.add(SemanticFormat.METRICFLOW);
            acc.timeSpines.addAll(projectTimeSpines(new MappingFields(pc)));
        });
    }

    /** A metric with {@code type_params} is legacy-spec; one with its parameters flattened is latest-spec. */
    private static SemanticFormat formatOf(Metric metric) {
        return metric.nestedTypeParams()
                ? SemanticFormat.DBT_LEGACY : SemanticFormat.DBT_LATEST;
    }

    private static List<YamlNode> items(YamlMapping root, String key) {
        return root.sequence(key).map(s -> s.items()).orElse(List.of());
    }

    static Optional<SavedQuery> savedQuery(YamlNode node) {
        return MappingFields.named(node).map(SemanticDocumentReader::savedQuery);
    }

    private static SavedQuery savedQuery(MappingFields f) {
        MappingFields q = f.nested("query_params").orElse(MappingFields.of(null));
        List<String> metrics = q.texts("metrics");
        List<String> groupBy = q.texts("group_by");
        List<String> where = q.texts("where");
        List<String> orderBy = q.texts("order_by");
        OptionalLong limit = q.number("limit").map(n -> OptionalLong.of(n.longValue())).orElse(OptionalLong.empty());
        f.settle("query_params", q);
        List<SavedQuery.Export> exports = SemanticElementReader.list(f.items("exports"), SemanticDocumentReader::export);
        return new SavedQuery(f.name(), f.text("label"), f.text("description"), metrics, groupBy, where,
                orderBy, limit, exports, f.range(), f.extensions());
    }

    private static Optional<SavedQuery.Export> export(YamlNode node) {
        return MappingFields.named(node).map(SemanticDocumentReader::export);
    }

    private static SavedQuery.Export export(MappingFields f) {
        MappingFields config = f.nested("config").orElse(MappingFields.of(null));
        Optional<String> exportAs = config.word("export_as");
        Optional<String> schema = config.text("schema");
        Optional<String> alias = config.text("alias");
        f.settle("config", config);
        return new SavedQuery.Export(f.name(), exportAs, schema, alias, f.range(), f.extensions());
    }

    /** {@code time_spines[]} (dbt >= 1.9 shape) and legacy {@code time_spine_table_configurations[]}. */
    private static List<TimeSpine> projectTimeSpines(MappingFields pc) {
        List<TimeSpine> out = new ArrayList<>();
        for (YamlNode node : pc.items("time_spines")) {
            MappingFields f = MappingFields.of(node);
            Optional<NodeRelation> relation = SemanticElementReader.nodeRelation(f);
            MappingFields primary = f.nested("primary_column").orElse(MappingFields.of(null));
            Optional<String> column = primary.text("name");
            Optional<String> grain = primary.word("time_granularity");
            f.settle("primary_column", primary);
            out.add(new TimeSpine(relation.flatMap(NodeRelation::alias), relation, column, grain,
                    LatestSpecReader.customGranularities(f), false, f.range(), f.extensions()));
        }
        for (YamlNode node : pc.items("time_spine_table_configurations")) {
            MappingFields f = MappingFields.of(node);
            out.add(new TimeSpine(f.text("location"), Optional.empty(), f.text("column_name"), f.word("grain"),
                    List.of(), true, f.range(), f.extensions()));
        }
        return out;
    }

    /** Collects elements and the formats they were written in. */
    private static final class Accumulator {
        final List<SemanticModel> models = new ArrayList<>();
        final List<Metric> metrics = new ArrayList<>();
        final List<SavedQuery> savedQueries = new ArrayList<>();
        final List<TimeSpine> timeSpines = new ArrayList<>();
        final Set<SemanticFormat> formats = EnumSet.noneOf(SemanticFormat.class);

        void model(SemanticModel model, SemanticFormat format) {
            models.add(model);
            formats.add(format);
        }

        void metric(Metric metric, SemanticFormat format) {
            metrics.add(metric);
            formats.add(format);
        }

        SemanticFormat format() {
            if (formats.size() > 1) {
                return SemanticFormat.MIXED;
            }
            if (formats.size() == 1) {
                return formats.iterator().next();
            }
            return savedQueries.isEmpty() && timeSpines.isEmpty() ? SemanticFormat.NONE : SemanticFormat.DBT_LEGACY;
        }
    }
}
