package dev.steward.model.semantic;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the elements shared by all three surface formats: semantic models in list form, entities,
 * dimensions, measures and their nested parameter blocks. Items that are not mappings or have no
 * name are skipped (the validator reports them from the YAML itself).
 */
final class SemanticElementReader {
    private SemanticElementReader() {
    }

    /** A legacy-spec or MetricFlow-native semantic model mapping. */
    static Optional<SemanticModel> semanticModel(YamlNode node) {
        return MappingFields.named(node).map(SemanticElementReader::semanticModel);
    }

    private static SemanticModel semanticModel(MappingFields f) {
        Optional<String> aggTime = Optional.empty();
        Optional<MappingFields> defaults = f.nested("defaults");
        if (defaults.isPresent()) {
            aggTime = defaults.get().text("agg_time_dimension");
            f.settle("defaults", defaults.get());
        }
        return new SemanticModel(f.name(), f.text("description"), f.text("label"),
                f.text("model").map(SemanticElementReader::refTarget), nodeRelation(f), aggTime,
                f.text("primary_entity"), list(f.items("entities"), SemanticElementReader::entity),
                list(f.items("dimensions"), SemanticElementReader::dimension),
                list(f.items("measures"), SemanticElementReader::measure), f.range(), f.extensions());
    }

    /** {@code ref('x')}, {@code ref("pkg", "x")} or {@code {{ ref('x') }}} to {@code x}; other text unchanged. */
    static String refTarget(String model) {
        String s = model.strip();
        if (s.startsWith("{{") && s.endsWith("}}")) {
            s = s.substring(2, s.length() - 2).strip();
        }
        if (!s.startsWith("ref(") || !s.endsWith(")")) {
            return model;
        }
        String args = s.substring(4, s.length() - 1);
        String last = args.substring(args.lastIndexOf(',') + 1).strip();
        if (last.length() >= 2 && (last.charAt(0) == '\'' || last.charAt(0) == '"')
                && last.charAt(last.length() - 1) == last.charAt(0)) {
            return last.substring(1, last.length() - 1);
        }
        return model;
    }

    static Optional<NodeRelation> nodeRelation(MappingFields owner) {
        return owner.mapping("node_relation").map(m -> {
            MappingFields f = new MappingFields(m);
            return new NodeRelation(f.text("alias"), f.text("schema_name"), f.text("database"),
                    f.text("relation_name"), f.range(), f.extensions());
        });
    }

    static Optional<Entity> entity(YamlNode node) {
        return MappingFields.named(node).map(f -> new Entity(f.name(), f.word("type").orElse(""), f.text("expr"), f.text("role"),
                f.text("label"), f.text("description"), f.range(), f.extensions()));
    }

    static Optional<Dimension> dimension(YamlNode node) {
        return MappingFields.named(node).map(SemanticElementReader::dimension);
    }

    private static Dimension dimension(MappingFields f) {
        Optional<String> grain = f.word("granularity");
        Optional<ValidityParams> validity = validity(f);
        Optional<MappingFields> typeParams = f.nested("type_params");
        if (typeParams.isPresent()) {
            grain = typeParams.get().word("time_granularity").or(() -> f.word("granularity"));
            validity = validity.or(() -> validity(typeParams.get()));
            f.settle("type_params", typeParams.get());
        }
        return new Dimension(f.name(), f.word("type").orElse(""), f.text("expr"),
                f.bool("is_partition").orElse(false), grain, validity, f.text("label"), f.text("description"),
                f.range(), f.extensions());
    }

    static Optional<ValidityParams> validity(MappingFields owner) {
        Optional<MappingFields> v = owner.nested("validity_params");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        ValidityParams params = new ValidityParams(v.get().bool("is_start").orElse(false),
                v.get().bool("is_end").orElse(false), v.get().range());
        owner.settle("validity_params", v.get());
        return Optional.of(params);
    }

    static Optional<Measure> measure(YamlNode node) {
        return MappingFields.named(node).map(f -> new Measure(f.name(), f.word("agg").orElse(""), f.text("expr"),
                f.text("agg_time_dimension"), legacyAggParams(f), nonAdditive(f),
                f.bool("create_metric").orElse(false), f.text("label"), f.text("description"), f.range(),
                f.extensions()));
    }

    /** Legacy {@code agg_params{percentile, use_discrete_percentile, use_approximate_percentile}}. */
    static Optional<AggregationParams> legacyAggParams(MappingFields owner) {
        return owner.mapping("agg_params").map(m -> {
            MappingFields f = new MappingFields(m);
            return new AggregationParams(f.number("percentile"), f.bool("use_discrete_percentile").orElse(false),
                    f.bool("use_approximate_percentile").orElse(false), f.word("percentile_type"), f.range(),
                    f.extensions());
        });
    }

    /** Legacy {@code {name, window_choice, window_groupings}} or latest {@code {name, window_agg, group_by}}. */
    static Optional<NonAdditiveDimension> nonAdditive(MappingFields owner) {
        Optional<YamlMapping> m = owner.mapping("non_additive_dimension");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MappingFields f = new MappingFields(m.get());
        List<String> groupings = new ArrayList<>(f.texts("window_groupings"));
        groupings.addAll(f.texts("group_by"));
        return Optional.of(new NonAdditiveDimension(f.text("name").orElse(""),
                f.word("window_choice").or(() -> f.word("window_agg")), groupings, f.range(), f.extensions()));
    }

    /** Reads each item, keeping those that read. */
    static <T> List<T> list(List<YamlNode> items, Function<YamlNode, Optional<T>> reader) {
        List<T> out = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            reader.apply(item).ifPresent(out::add);
        }
        return out;
    }

    /** A non-null scalar's text. */
    static Optional<String> scalarText(YamlNode node) {
        return node instanceof YamlScalar s && !s.isNull() ? Optional.of(s.value()) : Optional.empty();
    }
}
