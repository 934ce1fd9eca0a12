package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DSI MetricLabelsRule, SemanticModelLabelsRule and EntityLabelsRule: metric labels and semantic
 * model labels are unique, element labels are unique within a model, and same-named entities carry
 * the same label (or none).
 */
final class LabelsRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-duplicate-label";
    }

    @Override
    public String checking() {
        return "labels";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, String> metrics = new HashMap<>();
        for (Metric m : index.project().metrics()) {
            unique(findings, metrics, m, m.label(), "metric", m.name(), m.range());
        }
        Map<String, String> models = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            unique(findings, models, m, m.label(), "semantic model", m.name(), m.range());
            Map<String, String> elements = new HashMap<>();
            m.entities().forEach(e -> unique(findings, elements, m, e.label(), "entity", e.name(), e.range()));
            m.dimensions().forEach(d -> unique(findings, elements, m, d.label(), "dimension", d.name(), d.range()));
            m.measures().forEach(x -> unique(findings, elements, m, x.label(), "measure", x.name(), x.range()));
            for (Entity e : m.entities()) {
                Entity first = entities.putIfAbsent(e.name(), e);
                if (first != null && e.label().isPresent() && first.label().isPresent()
                        && !first.label().equals(e.label())) {
                    findings.error(m, e.range(), "Entity '" + e.name() + "' is labelled '" + e.label().get()
                            + "' here but '" + first.label().get() + "' in another semantic model; same-named entities"
                            + " carry the same label.");
                }
            }
        }
    }

    private static void unique(Findings findings, Map<String, String> seen, Object owner, Optional<String> label,
                               String kind, String name, SourceRange range) {
        label.ifPresent(l -> {
            String first = seen.putIfAbsent(l, kind + " '" + name + "'");
            if (first != null) {
                findings.error(owner, range, "The label '" + l + "' of " + kind + " '" + name + "' is already used by "
                        + first + "; labels must be unique.");
            }
        });
    }
}
