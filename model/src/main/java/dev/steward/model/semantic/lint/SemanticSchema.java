package dev.steward.model.semantic.lint;

import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of semantic-layer YAML, after dbt-semantic-interfaces' JSON schema
 * ({@code parsing/schemas.py}) for the MetricFlow-native and legacy dbt shapes, widened with the
 * keys dbt itself reads ({@code config}, {@code meta}, {@code tags}, {@code model: ref()}) and the
 * latest spec's flattened metric keys, so that a valid file of any of the three formats passes.
 */
final class SemanticSchema {
    static final Shape TEXT = new Shape.Text();
    static final Shape BOOL = new Shape.Bool();
    static final Shape NUMBER = new Shape.Number(false);
    static final Shape INTEGER = new Shape.Number(true);
    static final Shape ANY = new Shape.Anything();
    static final Shape GRAIN = new Shape.Words(Arrays.stream(TimeGranularity.values()).map(TimeGranularity::keyword).toList());
    static final Shape TEXTS = new Shape.Either(List.of(TEXT, new Shape.ListOf(TEXT)));
    static final Shape AGG = new Shape.Words(List.of("sum", "min", "max", "average", "count", "count_distinct",
            "sum_boolean", "percentile", "median"));

    static final Shape INPUT = new Shape.Either(List.of(TEXT, mapping("metric input").req("name", TEXT)
            .opt("filter", TEXTS).opt("alias", TEXT).opt("offset_window", TEXT).opt("offset_to_grain", TEXT)
            .opt("join_to_timespine", BOOL).opt("fill_nulls_with", TEXT).build()));

    static final Shape NON_ADDITIVE = mapping("non_additive_dimension").req("name", TEXT)
            .opt("window_choice", new Shape.Words(List.of("min", "max")))
            .opt("window_agg", new Shape.Words(List.of("min", "max")))
            .opt("window_groupings", new Shape.ListOf(TEXT)).opt("group_by", new Shape.ListOf(TEXT)).build();

    static final Shape CONFIG = mapping("config").opt("meta", ANY).opt("group", TEXT).opt("tags", TEXTS)
            .opt("enabled", BOOL).open().build();

    static final Shape ENTITY = mapping("entity").req("name", TEXT)
            .req("type", new Shape.Words(List.of("primary", "unique", "foreign", "natural")))
            .opt("expr", TEXT).opt("role", TEXT).opt("entity", TEXT).common().build();

    static final Shape DIMENSION = mapping("dimension").req("name", TEXT)
            .req("type", new Shape.Words(List.of("categorical", "time"))).opt("expr", TEXT).opt("is_partition", BOOL)
            .opt("granularity", TEXT).opt("validity_params", validity())
            .opt("type_params", mapping("dimension type_params").opt("time_granularity", GRAIN)
                    .opt("validity_params", validity()).build())
            .common().build();

    static final Shape MEASURE = mapping("measure").req("name", TEXT).req("agg", AGG).opt("expr", TEXT)
            .opt("agg_time_dimension", TEXT)
            .opt("agg_params", mapping("agg_params").opt("percentile", NUMBER).opt("use_discrete_percentile", BOOL)
                    .opt("use_approximate_percentile", BOOL).build())
            .opt("create_metric", BOOL).opt("create_metric_display_name", TEXT).opt("non_additive_dimension", NON_ADDITIVE)
            .common().build();

    static final Shape CONVERSION_PARAMS = mapping("conversion_type_params").req("entity", TEXT)
            .opt("calculation", new Shape.Words(List.of("conversion_rate", "conversions")))
            .opt("base_measure", INPUT).opt("base_metric", INPUT).opt("conversion_measure", INPUT)
            .opt("conversion_metric", INPUT).opt("window", TEXT).opt("constant_properties", constantProperties()).build();

    static final Shape CUMULATIVE_PARAMS = mapping("cumulative_type_params").opt("window", TEXT)
            .opt("grain_to_date", TEXT).opt("period_agg", new Shape.Words(List.of("first", "last", "average")))
            .opt("metric", INPUT).build();

    static final Shape TYPE_PARAMS = mapping("type_params").opt("measure", INPUT).opt("numerator", INPUT)
            .opt("denominator", INPUT).opt("expr", TEXT).opt("window", TEXT).opt("grain_to_date", TEXT)
            .opt("metrics", new Shape.ListOf(INPUT)).opt("conversion_type_params", CONVERSION_PARAMS)
            .opt("cumulative_type_params", CUMULATIVE_PARAMS).opt("join_to_timespine", BOOL)
            .opt("fill_nulls_with", TEXT).opt("is_private", BOOL).opt("input_measures", ANY)
            .opt("metric_aggregation_params", ANY).build();

    /** Legacy ({@code type_params}) and latest-spec (flattened) metric keys alike. */
    static final Shape METRIC = mapping("metric").req("name", TEXT)
            .req("type", new Shape.Words(List.of("simple", "ratio", "cumulative", "derived", "conversion")))
            .opt("type_params", TYPE_PARAMS).opt("filter", TEXTS).opt("time_granularity", TEXT).opt("hidden", BOOL)
            .opt("tags", TEXTS).opt("group", TEXT)
            .opt("agg", AGG).opt("expr", TEXT).opt("percentile", NUMBER).opt("percentile_type", TEXT)
            .opt("non_additive_dimension", NON_ADDITIVE).opt("agg_time_dimension", TEXT).opt("join_to_timespine", BOOL)
            .opt("fill_nulls_with", TEXT).opt("numerator", INPUT).opt("denominator", INPUT)
            .opt("input_metrics", new Shape.ListOf(INPUT)).opt("input_metric", INPUT).opt("window", TEXT)
            .opt("grain_to_date", TEXT).opt("period_agg", new Shape.Words(List.of("first", "last", "average")))
            .opt("entity", TEXT).opt("calculation", new Shape.Words(List.of("conversion_rate", "conversions")))
            .opt("base_metric", INPUT).opt("conversion_metric", INPUT).opt("constant_properties", constantProperties())
            .common().build();

    /** The metric keys that replace {@code type_params} in the latest spec. */
    static final Set<String> FLATTENED_METRIC_KEYS = Set.of("agg", "expr", "numerator", "denominator",
            "input_metrics", "input_metric", "window", "grain_to_date", "entity", "base_metric", "conversion_metric");

    static final Shape NODE_RELATION = mapping("node_relation").req("alias", TEXT).req("schema_name", TEXT)
            .opt("database", TEXT).opt("relation_name", TEXT).build();

    static final Shape SEMANTIC_MODEL = mapping("semantic model").req("name", TEXT).opt("model", TEXT)
            .opt("node_relation", NODE_RELATION).oneOf("model", "node_relation")
            .opt("defaults", mapping("defaults").opt("agg_time_dimension", TEXT).build()).opt("primary_entity", TEXT)
            .opt("entities", new Shape.ListOf(ENTITY)).opt("dimensions", new Shape.ListOf(DIMENSION))
            .opt("measures", new Shape.ListOf(MEASURE)).common().build();

    static final Shape SAVED_QUERY = mapping("saved query").req("name", TEXT)
            .req("query_params", mapping("query_params").req("metrics", new Shape.ListOf(TEXT))
                    .opt("group_by", new Shape.ListOf(TEXT)).opt("where", TEXTS).opt("order_by", new Shape.ListOf(TEXT))
                    .opt("limit", INTEGER).build())
            .opt("exports", new Shape.ListOf(mapping("export").req("name", TEXT).req("config", mapping("export config")
                    .req("export_as", new Shape.Words(List.of("table", "view", "cache"))).opt("schema", TEXT)
                    .opt("alias", TEXT).opt("database", TEXT).build()).build()))
            .opt("tags", TEXTS).common().build();

    static final Shape PROJECT_CONFIGURATION = mapping("project_configuration")
            .opt("time_spines", new Shape.ListOf(mapping("time spine").req("node_relation", NODE_RELATION)
                    .req("primary_column", mapping("primary_column").req("name", TEXT).req("time_granularity", GRAIN).build())
                    .opt("custom_granularities", customGranularities()).build()))
            .opt("time_spine_table_configurations", new Shape.ListOf(mapping("time spine table configuration")
                    .req("location", TEXT).req("column_name", TEXT).req("grain", GRAIN).build()))
            .opt("dsi_package_version", ANY).build();

    /** A dbt {@code models:} entry: dbt's own keys are open, the semantic ones are checked. */
    static final Shape MODEL_ENTRY = mapping("model").opt("name", TEXT)
            .opt("semantic_model", new Shape.Either(List.of(BOOL, mapping("semantic_model").opt("enabled", BOOL)
                    .opt("name", TEXT).opt("group", TEXT).opt("label", TEXT).opt("description", TEXT)
                    .opt("config", CONFIG).build())))
            .opt("agg_time_dimension", TEXT).opt("primary_entity", TEXT).opt("metrics", new Shape.ListOf(METRIC))
            .opt("derived_semantics", mapping("derived_semantics").opt("entities", new Shape.ListOf(ENTITY))
                    .opt("dimensions", new Shape.ListOf(DIMENSION)).build())
            .opt("time_spine", mapping("time_spine").req("standard_granularity_column", TEXT)
                    .opt("custom_granularities", customGranularities()).build())
            .opt("columns", new Shape.ListOf(mapping("column").opt("name", TEXT)
                    .opt("entity", new Shape.Either(List.of(TEXT, mapping("column entity")
                            .req("type", new Shape.Words(List.of("primary", "unique", "foreign", "natural")))
                            .opt("name", TEXT).common().build())))
                    .opt("dimension", new Shape.Either(List.of(TEXT, mapping("column dimension")
                            .req("type", new Shape.Words(List.of("categorical", "time"))).opt("name", TEXT)
                            .opt("is_partition", BOOL).opt("validity_params", validity()).common().build())))
                    .opt("granularity", GRAIN).open().build()))
            .open().build();

    private SemanticSchema() {
    }

    private static Shape validity() {
        return mapping("validity_params").opt("is_start", BOOL).opt("is_end", BOOL).build();
    }

    private static Shape constantProperties() {
        return new Shape.ListOf(mapping("constant property").req("base_property", TEXT)
                .req("conversion_property", TEXT).build());
    }

    private static Shape customGranularities() {
        return new Shape.ListOf(mapping("custom granularity").req("name", TEXT).opt("column_name", TEXT).build());
    }

    static Builder mapping(String what) {
        return new Builder(what);
    }

    /** Builds a {@link Shape.Mapping}; keys keep their order for "allowed keys" messages. */
    static final class Builder {
        private final String what;
        private final Map<String, Shape> fields = new LinkedHashMap<>();
        private final Set<String> required = new HashSet<>();
        private final List<List<String>> oneOf = new ArrayList<>();
        private boolean open;

        Builder(String what) {
            this.what = what;
        }

        Builder req(String key, Shape shape) {
            fields.put(key, shape);
            required.add(key);
            return this;
        }

        Builder opt(String key, Shape shape) {
            fields.put(key, shape);
            return this;
        }

        Builder oneOf(String... keys) {
            oneOf.add(List.of(keys));
            return this;
        }

        /** The keys every element may carry: description, label, config, meta. */
        Builder common() {
            return opt("description", TEXT).opt("label", TEXT).opt("config", CONFIG).opt("meta", ANY);
        }

        Builder open() {
            open = true;
            return this;
        }

        Shape.Mapping build() {
            return new Shape.Mapping(what, fields, required, oneOf, open);
        }
    }
}
