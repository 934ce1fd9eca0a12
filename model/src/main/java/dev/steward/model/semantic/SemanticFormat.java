package dev.steward.model.semantic;

/** The surface format a semantic-layer YAML document is written in. */
public enum SemanticFormat {
    /** No semantic-layer content. */
    NONE,
    /**
     * dbt legacy spec: top-level {@code semantic_models:}, {@code metrics:}, {@code saved_queries:} lists.
     * Also reported for a file holding only saved queries or time spines, which read the same in both
     * dbt specs.
     */
    DBT_LEGACY,
    /** dbt latest spec: the semantic model embedded in {@code models:} entries. */
    DBT_LATEST,
    /** MetricFlow-native: one object per YAML document ({@code semantic_model:}, {@code metric:}, ...). */
    METRICFLOW,
    /** More than one of the formats above in the same file. */
    MIXED
}
