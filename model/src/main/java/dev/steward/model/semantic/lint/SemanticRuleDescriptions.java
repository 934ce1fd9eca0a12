package dev.steward.model.semantic.lint;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.preview.SeedLoad;
import dev.steward.model.validation.RuleDescription;
import java.util.List;

/** The rules of semantic-layer files and dbt seeds, for the rule catalog and policies. */
public final class SemanticRuleDescriptions {
    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;

    private static final List<RuleDescription> ALL = List.of(
            rule("semantic-non-empty", E, "The project defines at least one semantic model and one metric."),
            rule("semantic-unique-name", E, "Semantic model, metric and saved query names are unique; element names are unique within a model."),
            rule("semantic-valid-name", E, "Names are lower-case snake_case, at least two characters, without '__', and not reserved words."),
            rule("semantic-reserved-keyword", E, "Entity, dimension and measure names are not SQL reserved keywords."),
            rule("semantic-element-type", E, "A name is used for one kind of element (entity, dimension or measure) across the project."),
            rule("semantic-dimension-consistency", E, "Same-named dimensions agree on type and is_partition across semantic models."),
            rule("semantic-primary-entity", E, "A semantic model with dimensions has exactly one primary entity (or primary_entity)."),
            rule("semantic-primary-entity-dimension", E, "No two semantic models with the same primary entity define the same dimension."),
            rule("semantic-validity-window", E, "SCD validity windows: one start and one end dimension, a natural entity, no measures."),
            rule("semantic-agg-time-dimension", E, "Every measure's aggregation time dimension exists and is a time dimension."),
            rule("semantic-time-granularity", W, "Time dimensions declare a granularity (an error from 2027-01-01, as in dbt-semantic-interfaces)."),
            rule("semantic-measure-unique", E, "Measure names are unique across semantic models."),
            rule("semantic-measure-alias", E, "Differently filtered uses of one measure in a metric have distinct, valid aliases."),
            rule("semantic-unknown-measure", E, "Every measure a metric names exists; a simple metric has a measure or an agg."),
            rule("semantic-unknown-metric", E, "Every metric a metric or saved query names exists."),
            rule("semantic-non-additive-dimension", E, "Non-additive dimensions are time dimensions at the agg time grain, grouped by entities."),
            rule("semantic-count-expr", E, "count aggregations have an expr that does not start with 'distinct'."),
            rule("semantic-percentile", E, "percentile aggregations have a percentile in (0, 1); percentile settings only on percentile/median."),
            rule("semantic-derived-metric", E, "Derived metrics have inputs that exist, valid unique aliases and valid offsets."),
            rule("semantic-cumulative-window", E, "Cumulative metrics have either a window or grain_to_date, with valid grains."),
            rule("semantic-conversion-metric", E, "Conversion metrics have count-like base and conversion inputs that share the entity."),
            rule("semantic-fill-nulls", E, "fill_nulls_with and join_to_timespine are set on simple metrics only."),
            rule("semantic-metric-time-granularity", E, "A metric's time_granularity is not finer than its inputs' aggregation time grain."),
            rule("semantic-duplicate-label", E, "Metric and semantic model labels are unique; element labels are unique within a model."),
            rule("semantic-time-spine", E, "Time spines: one per grain, fine enough for every time dimension."),
            rule("semantic-saved-query-limit", E, "A saved query's limit is zero or more."),
            rule(SemanticSchemaChecker.RULE_UNKNOWN_KEY, E, "Keys of semantic models, metrics, saved queries and their parts are known keys (with a close-match fix)."),
            rule(SemanticSchemaChecker.RULE_WRONG_TYPE, E, "Values have the expected type (string, number, boolean, list, mapping)."),
            rule(SemanticSchemaChecker.RULE_REQUIRED_KEY, E, "Required keys are present (name, type, type_params or the latest spec's keys, ...)."),
            rule(SemanticSchemaChecker.RULE_UNKNOWN_VALUE, E, "Enumerated values (type, agg, granularity, ...) are allowed words (with a close-match fix)."),
            rule(FilterChecks.RULE_FILTER, E, "Where filters parse: {{ Dimension('entity__name') }}, TimeDimension, Entity and Metric objects."),
            rule(FilterChecks.RULE_GROUP_BY, E, "Saved-query group_by and order_by items parse."),
            rule(FilterChecks.RULE_UNKNOWN_REFERENCE, E, "Dimensions, entities and metrics named in filters and group-bys exist (entity__dimension via a model with that entity)."),
            rule(ReachChecks.RULE_UNREACHABLE, W, "Dimensions in metric filters and saved queries can be joined to the metrics' semantic models (MetricFlow join rules, at most two hops)."),
            rule(MetricShapeChecks.RULE_DERIVED_EXPR, E, "A derived metric's expr names only its inputs (by name or alias)."),
            rule(MetricShapeChecks.RULE_METRIC_PLACEMENT, E, "Latest-spec simple metrics (agg) are declared under their model's metrics:, not at top level."),
            rule(ColumnRules.RULE_UNRESOLVED_REF, W, "model: ref('x') resolves to a contract schema object, a manifest model, a seed or a SQL model."),
            rule(ColumnRules.RULE_UNKNOWN_COLUMN, E, "An entity, dimension or measure that reads a plain column names a column of its table."),
            rule(ColumnRules.RULE_AGGREGATION_TYPE, E, "The aggregation fits the column's logicalType (no sum of strings, sum_boolean of booleans only)."),
            rule(ColumnRules.RULE_TIME_DIMENSION_TYPE, E, "A time dimension reads a date or timestamp column."),
            rule(ColumnRules.RULE_PRIMARY_ENTITY_KEY, W, "A primary entity reads a column its contract declares primaryKey or unique."),
            rule(SeedLoad.RULE_CSV_SYNTAX, E, "Seed CSV files are RFC 4180."),
            rule(SeedLoad.RULE_ROW_WIDTH, E, "Every seed row has as many values as the header."),
            rule(SeedLoad.RULE_TYPE_MISMATCH, E, "Seed values fit the column's declared type."),
            rule(SeedLoad.RULE_UNDECLARED_COLUMN, W, "Every seed column is declared by the contract that describes the seed."),
            rule(SeedLoad.RULE_MISSING_COLUMN, Severity.INFO, "Every property of the contract that describes a seed has a column."),
            rule(SeedLoad.RULE_UNREADABLE, E, "Seed files can be read and loaded."));

    private SemanticRuleDescriptions() {
    }

    public static List<RuleDescription> all() {
        return ALL;
    }

    private static RuleDescription rule(String id, Severity severity, String description) {
        return new RuleDescription(id, severity, description);
    }
}
