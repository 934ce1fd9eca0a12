package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A metric. {@code type} is kept as written (lower-cased); {@link #metricType()} is typed.
 * {@code owningModel} is the dbt model a latest-spec metric is declared under; {@code nestedTypeParams}
 * tells whether the per-type keys were written under {@code type_params} (legacy spec) or flattened.
 */
public record Metric(String name, String type, Optional<String> label, Optional<String> description,
                     List<String> filters, Optional<String> timeGranularity, boolean hidden, MetricParams params,
                     boolean nestedTypeParams, Optional<String> owningModel, SourceRange range, Map<String, YamlNode> extensions) {

    public enum Type { SIMPLE, RATIO, CUMULATIVE, DERIVED, CONVERSION }

    public Metric {
        filters = List.copyOf(filters);
        extensions = Extensions.freeze(extensions);
    }

    public Optional<Type> metricType() {
        return Enums.parse(Type.class, type);
    }
}
