package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * A dimension of a semantic model. {@code timeGranularity} comes from legacy
 * {@code type_params.time_granularity} or the latest spec's column-level {@code granularity}.
 */
public record Dimension(String name, String type, Optional<String> expr, boolean isPartition,
                        Optional<String> timeGranularity, Optional<ValidityParams> validityParams,
                        Optional<String> label, Optional<String> description, SourceRange range,
                        Map<String, YamlNode> extensions) {

    public enum Type { CATEGORICAL, TIME }

    public Dimension {
        extensions = Extensions.freeze(extensions);
    }

    public Optional<Type> dimensionType() {
        return Enums.parse(Type.class, type);
    }

    public String effectiveExpr() {
        return expr.orElse(name);
    }
}
