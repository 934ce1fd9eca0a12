package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Semi-additive settings: legacy {@code {name, window_choice, window_groupings}} or latest
 * {@code {name, window_agg, group_by}}, normalised to one shape.
 */
public record NonAdditiveDimension(String name, Optional<String> windowChoice, List<String> windowGroupings,
                                   SourceRange range, Map<String, YamlNode> extensions) {
    public NonAdditiveDimension {
        windowGroupings = List.copyOf(windowGroupings);
        extensions = Extensions.freeze(extensions);
    }
}
