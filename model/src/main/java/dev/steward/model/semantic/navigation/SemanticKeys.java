package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the semantic-layer YAML spec (legacy, latest and MetricFlow-native, after DSI
 * {@code parsing/schemas.py} and the dbt JSON schemas) by the mapping they belong to, and the
 * allowed values of enum-like keys.
 */
final class SemanticKeys {
    /** A key and how it is written: a scalar, a mapping or a list of mappings. */
    record Key(String name, Shape shape) {
    }

    enum Shape { SCALAR, MAPPING, LIST, MAPPING_LIST }

    private static final Map<String, List<Key>> KEYS = Map.ofEntries(
            Map.entry("root", keys("semantic_models*", "metrics*", "saved_queries*", "models*")),
            Map.entry("semantic_model", keys("name", "description", "label", "model", "defaults{", "primary_entity",
                    "entities*", "dimensions*", "measures*", "node_relation{", "config{")),
            Map.entry("defaults", keys("agg_time_dimension")),
            Map.entry("entity", keys("name", "type", "expr", "role", "label", "description", "config{")),
            Map.entry("dimension", keys("name", "type", "expr", "is_partition", "type_params{", "label", "description",
                    "config{")),
            Map.entry("dimension_params", keys("time_granularity", "validity_params{")),
            Map.entry("measure", keys("name", "agg", "expr", "agg_time_dimension", "agg_params{",
                    "non_additive_dimension{", "create_metric", "create_metric_display_name", "label", "description",
                    "config{")),
            Map.entry("agg_params", keys("percentile", "use_discrete_percentile", "use_approximate_percentile")),
            Map.entry("non_additive_dimension", keys("name", "window_choice", "window_groupings[", "window_agg",
                    "group_by[")),
            Map.entry("metric", keys("name", "type", "label", "description", "type_params{", "filter", "time_granularity",
                    "config{", "agg", "expr", "percentile", "percentile_type", "agg_time_dimension",
                    "non_additive_dimension{", "join_to_timespine", "fill_nulls_with", "numerator", "denominator",
                    "input_metrics*", "input_metric", "window", "grain_to_date", "period_agg", "entity", "calculation",
                    "base_metric", "conversion_metric", "constant_properties*", "hidden")),
            Map.entry("type_params", keys("measure", "numerator", "denominator", "expr", "metrics[", "window",
                    "grain_to_date", "cumulative_type_params{", "conversion_type_params{")),
            Map.entry("cumulative_type_params", keys("window", "grain_to_date", "period_agg", "metric")),
            Map.entry("conversion_type_params", keys("entity", "calculation", "base_measure", "conversion_measure",
                    "base_metric", "conversion_metric", "window", "constant_properties*")),
            Map.entry("metric_input", keys("name", "alias", "filter", "offset_window", "offset_to_grain",
                    "join_to_timespine", "fill_nulls_with")),
            Map.entry("saved_query", keys("name", "description", "label", "query_params{", "exports*", "config{", "tags[")),
            Map.entry("query_params", keys("metrics[", "group_by[", "where[", "order_by[", "limit")),
            Map.entry("export", keys("name", "config{")),
            Map.entry("export_config", keys("export_as", "schema", "alias")),
            Map.entry("model", keys("name", "description", "semantic_model{", "agg_time_dimension", "primary_entity",
                    "columns*", "derived_semantics{", "metrics*", "time_spine{")),
            Map.entry("model_semantic_model", keys("enabled", "name", "group", "config{")),
            Map.entry("column", keys("name", "description", "entity{", "dimension{", "granularity")),
            Map.entry("column_entity", keys("type", "name", "label", "description", "config{")),
            Map.entry("column_dimension", keys("type", "name", "label", "description", "is_partition",
                    "validity_params{", "config{")),
            Map.entry("derived_semantics", keys("entities*", "dimensions*")));

    private SemanticKeys() {
    }

    private static List<Key> keys(String... specs) {
        return Arrays.stream(specs).map(s -> switch (s.charAt(s.length() - 1)) {
            case '*' -> new Key(s.substring(0, s.length() - 1), Shape.MAPPING_LIST);
            case '{' -> new Key(s.substring(0, s.length() - 1), Shape.MAPPING);
            case '[' -> new Key(s.substring(0, s.length() - 1), Shape.LIST);
            default -> new Key(s, Shape.SCALAR);
        }).toList();
    }

    /** The keys of the mapping at {@code path} (keys and {@code -} items from the root). */
    static List<Key> keysAt(List<String> path) {
        return Optional.ofNullable(KEYS.get(context(path))).orElse(List.of());
    }

    /**
     * What the mapping at {@code path} is: {@code measure}, {@code metric_input}, ... ({@code -} items
     * are skipped, so {@code [semantic_models, -, measures, -]} is a measure).
     */
    static String context(List<String> path) {
        List<String> keys = path.stream().filter(k -> !k.equals("-")).toList();
        if (keys.isEmpty()) {
            return "root";
        }
        String last = keys.getLast();
        String parent = keys.size() > 1 ? keys.get(keys.size() - 2) : "";
        boolean inModels = keys.getFirst().equals("models");
        return switch (last) {
            case "semantic_models" -> "semantic_model";
            case "semantic_model" -> inModels ? "model_semantic_model" : "semantic_model";
            case "entities" -> "entity";
            case "dimensions" -> "dimension";
            case "type_params" -> parent.equals("dimensions") ? "dimension_params" : "type_params";
            case "measures" -> "measure";
            case "metrics" -> parent.equals("type_params") ? "metric_input" : "metric";
            case "metric" -> "metric";
            case "input_metrics", "measure", "numerator", "denominator", "input_metric", "base_metric",
                 "conversion_metric" -> "metric_input";
            case "saved_queries", "saved_query" -> "saved_query";
            case "exports" -> "export";
            case "config" -> parent.equals("exports") ? "export_config" : "";
            case "models" -> "model";
            case "columns" -> "column";
            case "entity" -> inModels ? "column_entity" : "";
            case "dimension" -> inModels ? "column_dimension" : "";
            default -> last;
        };
    }

    /** The allowed values of {@code key} in the mapping at {@code path}; empty for free text. */
    static List<String> valuesOf(List<String> path, String key) {
        String context = context(path);
        return switch (key) {
            case "agg" -> lower(Aggregation.values());
            case "type" -> switch (context) {
                case "entity", "column_entity" -> lower(Entity.Type.values());
                case "dimension", "column_dimension" -> List.of("categorical", "time");
                case "metric" -> lower(Metric.Type.values());
                default -> List.of();
            };
            case "entity" -> context.equals("column") ? lower(Entity.Type.values()) : List.of();
            case "dimension" -> context.equals("column") ? List.of("categorical", "time") : List.of();
            case "time_granularity", "granularity", "grain_to_date", "offset_to_grain" -> lower(TimeGranularity.values());
            case "period_agg" -> List.of("first", "last", "average");
            case "window_choice", "window_agg" -> List.of("min", "max");
            case "calculation" -> List.of("conversion_rate", "conversions");
            case "export_as" -> List.of("table", "view");
            case "percentile_type" -> List.of("discrete", "continuous");
            case "create_metric", "is_partition", "join_to_timespine", "hidden", "enabled", "use_discrete_percentile",
                 "use_approximate_percentile" -> List.of("true", "false");
            default -> List.of();
        };
    }

    private static List<String> lower(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
