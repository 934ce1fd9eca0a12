package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference from a metric to a measure or another metric: a bare name or
 * {@code {name, filter, alias, offset_window, offset_to_grain, join_to_timespine, fill_nulls_with}}.
 */
public record MetricInput(String name, List<String> filters, Optional<String> alias, Optional<String> offsetWindow,
                          Optional<String> offsetToGrain, Optional<Boolean> joinToTimespine,
                          Optional<String> fillNullsWith, SourceRange range, Map<String, YamlNode> extensions) {

    public MetricInput {
        filters = List.copyOf(filters);
        extensions = Extensions.freeze(extensions);
    }

    /** The name the input goes by inside a derived expression. */
    public String effectiveName() {
        return alias.orElse(name);
    }
}
