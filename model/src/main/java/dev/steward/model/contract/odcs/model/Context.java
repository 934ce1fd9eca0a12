package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * The v3.2.0 draft {@code context} block (for AI assistants). The draft also allows a plain
 * string: it is then read into {@code instructions} with {@code textForm} true.
 */
public record Context(String instructions, List<ContextItem> verifiedStatements, List<ContextItem> constraints,
        boolean textForm, Map<String, YamlNode> extensions, SourceRange range) {

    public Context {
        verifiedStatements = List.copyOf(verifiedStatements);
        constraints = List.copyOf(constraints);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
