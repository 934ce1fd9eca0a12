package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.SemanticModel;
import java.util.HashMap;
import java.util.Map;

/** DSI SemanticModelMeasuresUniqueRule: a measure name is defined by one semantic model only. */
final class MeasureUniqueRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-measure-unique";
    }

    @Override
    public String checking() {
        return "that measure names are unique across semantic models";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, SemanticModel> owners = new HashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            for (Measure x : m.measures()) {
                SemanticModel first = owners.putIfAbsent(x.name(), m);
                if (first != null && first != m) {
                    findings.error(m, x.range(), "Measure '" + x.name() + "' is already defined in semantic model '"
                            + first.name() + "'; a measure name must be unique across all semantic models.");
                }
            }
        }
    }
}
