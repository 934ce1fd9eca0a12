package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.yaml.SourceRange;

/** DSI NonEmptyRule: a semantic layer needs a semantic model and a metric. */
final class NonEmptyRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-non-empty";
    }

    @Override
    public String checking() {
        return "that the project defines semantic models and metrics";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        SemanticProject p = index.project();
        if (p.documents().isEmpty()) {
            return;
        }
        if (p.semanticModels().isEmpty()) {
            findings.error(null, SourceRange.START,
                    "The semantic layer defines no semantic model; add at least one under 'semantic_models:'.");
        }
        boolean proxies = p.semanticModels().stream().flatMap(m -> m.measures().stream()).anyMatch(m -> m.createMetric());
        if (p.metrics().isEmpty() && !proxies) {
            findings.error(null, SourceRange.START,
                    "The semantic layer defines no metric; add one under 'metrics:' or set 'create_metric: true' on a measure.");
        }
    }
}
