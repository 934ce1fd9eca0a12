package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/** MetricFlow-native {@code node_relation}: the table a semantic model or time spine reads. */
public record NodeRelation(Optional<String> alias, Optional<String> schemaName, Optional<String> database,
                           Optional<String> relationName, SourceRange range, Map<String, YamlNode> extensions) {
    public NodeRelation {
        extensions = Extensions.freeze(extensions);
    }
}
