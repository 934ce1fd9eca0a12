package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A time spine: the dbt >= 1.9 {@code time_spine:} model config, the legacy
 * {@code metricflow_time_spine} model, or a MetricFlow {@code project_configuration} entry.
 * {@code model} is the dbt model name (or the table location for legacy MetricFlow configurations).
 */
public record TimeSpine(Optional<String> model, Optional<NodeRelation> nodeRelation, Optional<String> primaryColumn,
                        Optional<String> granularity, List<CustomGranularity> customGranularities, boolean legacy,
                        SourceRange range, Map<String, YamlNode> extensions) {

    public TimeSpine {
        customGranularities = List.copyOf(customGranularities);
        extensions = Extensions.freeze(extensions);
    }

    /** A custom grain (fiscal quarter, ...) defined by a column of the spine. */
    public record CustomGranularity(String name, Optional<String> columnName, SourceRange range) {
    }
}
