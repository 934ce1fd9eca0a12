package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DSI UniqueAndValidNameRule (uniqueness half): semantic model, metric and saved query names are
 * unique project-wide; measure, entity and dimension names are unique within their model.
 */
final class UniqueNameRule implements SemanticRule {
    @Override
    public String id() {
        return "semantic-unique-name";
    }

    @Override
    public String checking() {
        return "that names are unique";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        Map<String, String> seen = new HashMap<>();
        for (SemanticModel m : index.project().semanticModels()) {
            unique(index, findings, seen, "semantic model", m.name(), m, m.range());
            Map<String, String> elements = new HashMap<>();
            for (Entity e : m.entities()) {
                element(findings, elements, m, "entity", e.name(), e.range());
            }
            for (Dimension d : m.dimensions()) {
                element(findings, elements, m, "dimension", d.name(), d.range());
            }
            for (Measure x : m.measures()) {
                element(findings, elements, m, "measure", x.name(), x.range());
            }
        }
        Map<String, String> metrics = new HashMap<>();
        for (Metric m : index.project().metrics()) {
            unique(index, findings, metrics, "metric", m.name(), m, m.range());
        }
        Map<String, String> queries = new HashMap<>();
        for (SavedQuery q : index.project().savedQueries()) {
            unique(index, findings, queries, "saved query", q.name(), q, q.range());
        }
    }

    private static void unique(SemanticIndex index, Findings findings, Map<String, String> seen, String kind,
                               String name, Object owner, SourceRange range) {
        String where = index.pathOf(owner) + ":" + range.startLine();
        String first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), where);
        if (first != null) {
            findings.error(owner, range, "The " + kind + " name '" + name + "' is already used by the " + kind
                    + " at " + first + "; " + kind + " names must be unique in the project.");
        }
    }

    private static void element(Findings findings, Map<String, String> seen, SemanticModel model, String kind,
                                String name, SourceRange range) {
        String first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), kind);
        if (first != null) {
            findings.error(model, range, "Semantic model '" + model.name() + "' already has " + article(first) + " "
                    + first + " named '" + name + "'; measure, entity and dimension names must be unique within a model.");
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
