package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.OptionalLong;

/** A saved query: {@code query_params} flattened, plus its exports. */
public record SavedQuery(String name, Optional<String> label, Optional<String> description, List<String> metrics,
                         List<String> groupBy, List<String> where, List<String> orderBy, OptionalLong limit,
                         List<Export> exports, SourceRange range, Map<String, YamlNode> extensions) {

    public SavedQuery {
        metrics = List.copyOf(metrics);
        groupBy = List.copyOf(groupBy);
        where = List.copyOf(where);
        orderBy = List.copyOf(orderBy);
        exports = List.copyOf(exports);
        extensions = Extensions.freeze(extensions);
    }

    /** An export: {@code name} and {@code config{export_as, schema, alias}}. */
    public record Export(String name, Optional<String> exportAs, Optional<String> schema, Optional<String> alias,
                         SourceRange range, Map<String, YamlNode> extensions) {
        public Export {
            extensions = Extensions.freeze(extensions);
        }
    }
}
