package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DSI ElementConsistencyRule: one name is the same kind of element (entity, dimension or measure)
 * in every semantic model. Reported where the name is used as a kind other than its first use.
 */
final class ElementConsistencyRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-element-type";
    }

    @Override
    public String checking() {
        return "that element names keep one kind across models";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, String> first = new LinkedHashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            m.entities().forEach(e -> seen(findings, first, m, e.name(), "entity", e.range()));
            m.dimensions().forEach(d -> seen(findings, first, m, d.name(), "dimension", d.range()));
            m.measures().forEach(x -> seen(findings, first, m, x.name(), "measure", x.range()));
        }
    }

    private static void seen(Findings findings, Map<String, String> first, SemanticModel m, String name, String kind,
                             SourceRange range) {
        String earlier = first.putIfAbsent(name, kind + " in semantic model '" + m.name() + "'");
        if (earlier != null && !earlier.startsWith(kind + " ")) {
            findings.error(m, range, "'" + name + "' is a " + kind + " in semantic model '" + m.name() + "' but a "
                    + earlier + "; a name must be the same kind of element (entity, dimension or measure) everywhere.");
        }
    }
}
