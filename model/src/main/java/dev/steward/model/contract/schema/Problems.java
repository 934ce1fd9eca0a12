package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one check of one document. Rule ids are {@code prefix-suffix}, e.g.
 * {@code odcs-unknown-key}. Not thread-safe: one instance per check.
 */
public final class Problems {

    private final YamlDocument document;
    private final String rulePrefix;
    private final List<Diagnostic> found = new ArrayList<>();

    public Problems(YamlDocument document, String rulePrefix) {
        this.document = document;
        this.rulePrefix = rulePrefix;
    }

    public YamlDocument document() {
        return document;
    }

    public String rule(String suffix) {
        return rulePrefix + "-" + suffix;
    }

    public void error(String ruleSuffix, SourceRange range, String message, List<QuickFix> fixes) {
        found.add(new Diagnostic(document.path(), range, Severity.ERROR, rule(ruleSuffix), message, fixes));
    }

    public void error(String ruleSuffix, SourceRange range, String message) {
        error(ruleSuffix, range, message, List.of());
    }

    public void warning(String ruleSuffix, SourceRange range, String message, List<QuickFix> fixes) {
        found.add(new Diagnostic(document.path(), range, Severity.WARNING, rule(ruleSuffix), message, fixes));
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
