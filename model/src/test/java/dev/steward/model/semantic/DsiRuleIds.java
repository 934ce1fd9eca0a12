package dev.steward.model.semantic;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Steward rule ids that cover each dbt-semantic-interfaces rule, for the conformance tests. */
public final class DsiRuleIds {
    /** DSI rule name -> the Steward rule ids that cover it. */
    public static final Map<String, Set<String>> RULE_IDS = Map.ofEntries(
            Map.entry("NonEmptyRule", Set.of("semantic-non-empty")),
            Map.entry("UniqueAndValidNameRule", Set.of("semantic-unique-name", "semantic-valid-name")),
            Map.entry("SemanticModelMeasuresUniqueRule", Set.of("semantic-measure-unique")),
            Map.entry("MeasureConstraintAliasesRule", Set.of("semantic-measure-alias")),
            Map.entry("MetricTimeGranularityRule", Set.of("semantic-metric-time-granularity")),
            Map.entry("MetricAggregationParamsInForSimpleMetricsRule", Set.of("semantic-fill-nulls")),
            Map.entry("MetricMeasuresRule", Set.of("semantic-unknown-measure")),
            Map.entry("SimpleMetricExprRule", Set.of("semantic-unknown-measure")),
            Map.entry("CountAggregationExprRule", Set.of("semantic-count-expr")),
            Map.entry("PercentileAggregationRule", Set.of("semantic-percentile")),
            Map.entry("AggregationTimeDimensionRule", Set.of("semantic-agg-time-dimension")),
            Map.entry("SemanticModelDefaultsRule", Set.of("semantic-agg-time-dimension")),
            Map.entry("PrimaryEntityRule", Set.of("semantic-primary-entity")),
            Map.entry("PrimaryEntityDimensionPairs", Set.of("semantic-primary-entity-dimension")),
            Map.entry("DerivedMetricRule", Set.of("semantic-derived-metric", "semantic-unknown-metric")),
            Map.entry("SavedQueryRule", Set.of("semantic-unknown-metric", "semantic-saved-query-limit")),
            Map.entry("CumulativeMetricRule", Set.of("semantic-cumulative-window")),
            Map.entry("ConversionMetricRule", Set.of("semantic-conversion-metric")),
            Map.entry("ElementConsistencyRule", Set.of("semantic-element-type")),
            Map.entry("DimensionConsistencyRule", Set.of("semantic-dimension-consistency")),
            Map.entry("ReservedKeywordsRule", Set.of("semantic-reserved-keyword")),
            Map.entry("NaturalEntityConfigurationRule", Set.of("semantic-validity-window")),
            Map.entry("SemanticModelValidityWindowRule", Set.of("semantic-validity-window")),
            Map.entry("MeasuresNonAdditiveDimensionRule", Set.of("semantic-non-additive-dimension")),
            Map.entry("MetricLabelsRule", Set.of("semantic-duplicate-label")),
            Map.entry("SemanticModelLabelsRule", Set.of("semantic-duplicate-label")),
            Map.entry("EntityLabelsRule", Set.of("semantic-duplicate-label")),
            Map.entry("TimeDimensionHasGranularityRule", Set.of("semantic-time-granularity")),
            Map.entry("TimeSpineRule", Set.of("semantic-time-spine")),
            Map.entry("WhereFiltersAreParseable", Set.of("semantic-filter-syntax")),
            Map.entry("JSON schema (additionalProperties / required)",
                    Set.of("semantic-unknown-key", "semantic-required-key", "semantic-wrong-type", "semantic-unknown-value")));

    private DsiRuleIds() {
    }

    /** The ids for a case's {@code targeted_rule}: the whole text, else each part of "A / B". */
    public static Set<String> idsFor(String targeted) {
        Set<String> ids = new TreeSet<>(RULE_IDS.getOrDefault(targeted.strip(), Set.of()));
        if (ids.isEmpty()) {
            for (String part : targeted.split("/")) {
                ids.addAll(RULE_IDS.getOrDefault(part.strip(), Set.of()));
            }
        }
        return ids;
    }
}
