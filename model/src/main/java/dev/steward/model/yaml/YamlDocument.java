package dev.steward.model.yaml;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of parsing one YAML text: the root node (absent when the text is empty or could not
 * be parsed) and the syntax problems found. At most one syntax error is reported: a YAML parser
 * cannot recover reliably, and a cascade of follow-on errors helps nobody.
 */
public record YamlDocument(Path path, String text, LineIndex lines, Optional<YamlNode> root, List<Diagnostic> problems) {

    public YamlDocument {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public Optional<YamlMapping> rootMapping() {
        return root.filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
    }
}
