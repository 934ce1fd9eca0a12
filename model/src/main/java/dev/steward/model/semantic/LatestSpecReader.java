package dev.steward.model.semantic;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the semantic parts of one dbt {@code models:} entry: the latest-spec semantic model
 * (entities and dimensions on columns, {@code derived_semantics}, metrics under the model) and time
 * spine configurations. Plain model properties (tests, docs) are not semantic and are left alone.
 */
final class LatestSpecReader {
    /** The model name dbt treated as the time spine before the {@code time_spine:} config existed. */
    static final String LEGACY_TIME_SPINE_MODEL = "metricflow_time_spine";

    private LatestSpecReader() {
    }

    /** What one models entry contributes. */
    record ModelEntry(Optional<SemanticModel> semanticModel, List<Metric> metrics, Optional<TimeSpine> timeSpine) {
    }

    static ModelEntry read(YamlNode node) {
        if (!(node instanceof YamlMapping entry)) {
            return new ModelEntry(Optional.empty(), List.of(), Optional.empty());
        }
        Optional<String> modelName = entry.text("name");
        if (modelName.isEmpty()) {
            return new ModelEntry(Optional.empty(), List.of(), Optional.empty());
        }
        List<Metric> metrics = new ArrayList<>();
        for (YamlNode m : entry.sequence("metrics").map(s -> s.items()).orElse(List.of())) {
            MetricReader.metric(m, modelName).ifPresent(metrics::add);
        }
        return new ModelEntry(semanticModel(entry, modelName.get()), metrics, timeSpine(entry, modelName.get()));
    }

    private static Optional<SemanticModel> semanticModel(YamlMapping entry, String modelName) {
        Optional<YamlNode> config = entry.get("semantic_model");
        if (config.isEmpty() || !enabled(config.get())) {
            return Optional.empty();
        }
        MappingFields sm = MappingFields.of(config.get());
        sm.skip("enabled");
        MappingFields model = new MappingFields(entry);
        List<Entity> entities = new ArrayList<>();
        List<Dimension> dimensions = new ArrayList<>();
        for (YamlNode column : model.items("columns")) {
            if (column instanceof YamlMapping c) {
                columnEntity(c).ifPresent(entities::add);
                columnDimension(c).ifPresent(dimensions::add);
            }
        }
        model.mapping("derived_semantics").ifPresent(derived -> {
            MappingFields d = new MappingFields(derived);
            entities.addAll(SemanticElementReader.list(d.items("entities"), SemanticElementReader::entity));
            dimensions.addAll(SemanticElementReader.list(d.items("dimensions"), SemanticElementReader::dimension));
        });
        Optional<String> label = sm.text("label");
        return Optional.of(new SemanticModel(sm.text("name").orElse(modelName), model.text("description"), label,
                Optional.of(modelName), Optional.empty(), model.text("agg_time_dimension"),
                model.text("primary_entity"), entities, dimensions, List.of(), config.get().range(), sm.extensions()));
    }

    /** {@code semantic_model: true}, or a mapping whose {@code enabled} is not false. */
    private static boolean enabled(YamlNode config) {
        if (config instanceof YamlScalar s) {
            return s.isBoolean() && s.asBoolean();
        }
        return config instanceof YamlMapping m
                && !(m.get("enabled").orElse(null) instanceof YamlScalar e && e.isBoolean() && !e.asBoolean());
    }

    /** {@code entity: primary} or {@code entity: {type, name?, ...}} on a column. */
    private static Optional<Entity> columnEntity(YamlMapping column) {
        Optional<YamlNode> node = column.get("entity");
        String columnName = column.text("name").orElse("");
        if (node.isEmpty() || columnName.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlScalar s && !s.isNull()) {
            return Optional.of(new Entity(columnName, s.value().strip().toLowerCase(Locale.ROOT),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), s.range(), Map.of()));
        }
        if (!(node.get() instanceof YamlMapping)) {
            return Optional.empty();
        }
        MappingFields f = MappingFields.of(node.get());
        String name = f.text("name").orElse(columnName);
        Optional<String> expr = f.text("expr").or(() -> name.equals(columnName) ? Optional.empty() : Optional.of(columnName));
        return Optional.of(new Entity(name, f.word("type").orElse(""), expr, f.text("role"), f.text("label"),
                f.text("description"), f.range(), f.extensions()));
    }

    /** {@code dimension: categorical} or {@code dimension: {type, name?, ...}} plus column {@code granularity}. */
    private static Optional<Dimension> columnDimension(YamlMapping column) {
        Optional<YamlNode> node = column.get("dimension");
        String columnName = column.text("name").orElse("");
        if (node.isEmpty() || columnName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> grain = column.text("granularity").map(g -> g.strip().toLowerCase(Locale.ROOT));
        if (node.get() instanceof YamlScalar s && !s.isNull()) {
            return Optional.of(new Dimension(columnName, s.value().strip().toLowerCase(Locale.ROOT),
                    Optional.empty(), false, grain, Optional.empty(), Optional.empty(), Optional.empty(), s.range(),
                    Map.of()));
        }
        if (!(node.get() instanceof YamlMapping)) {
            return Optional.empty();
        }
        MappingFields f = MappingFields.of(node.get());
        String name = f.text("name").orElse(columnName);
        Optional<String> expr = f.text("expr").or(() -> name.equals(columnName) ? Optional.empty() : Optional.of(columnName));
        return Optional.of(new Dimension(name, f.word("type").orElse(""), expr, f.bool("is_partition").orElse(false),
                f.word("granularity").or(() -> grain), SemanticElementReader.validity(f), f.text("label"),
                f.text("description"), f.range(), f.extensions()));
    }

    private static Optional<TimeSpine> timeSpine(YamlMapping entry, String modelName) {
        Optional<YamlMapping> config = entry.mapping("time_spine");
        if (config.isEmpty()) {
            if (!LEGACY_TIME_SPINE_MODEL.equals(modelName)) {
                return Optional.empty();
            }
            return Optional.of(new TimeSpine(Optional.of(modelName), Optional.empty(), Optional.of("date_day"),
                    Optional.of("day"), List.of(), true, entry.range(), Map.of()));
        }
        MappingFields f = new MappingFields(config.get());
        Optional<String> column = f.text("standard_granularity_column");
        Optional<String> grain = column.flatMap(c -> columnGranularity(entry, c));
        return Optional.of(new TimeSpine(Optional.of(modelName), Optional.empty(), column, grain,
                customGranularities(f), false, f.range(), f.extensions()));
    }

    private static Optional<String> columnGranularity(YamlMapping entry, String columnName) {
        for (YamlNode column : entry.sequence("columns").map(s -> s.items()).orElse(List.of())) {
            if (column instanceof YamlMapping c && c.text("name").filter(columnName::equals).isPresent()) {
                return c.text("granularity").map(g -> g.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    static List<TimeSpine.CustomGranularity> customGranularities(MappingFields owner) {
        List<TimeSpine.CustomGranularity> out = new ArrayList<>();
        for (YamlNode item : owner.items("custom_granularities")) {
            MappingFields g = MappingFields.of(item);
            g.text("name").ifPresent(name -> out.add(new TimeSpine.CustomGranularity(name, g.text("column_name"), item.range())));
        }
        return out;
    }
}
