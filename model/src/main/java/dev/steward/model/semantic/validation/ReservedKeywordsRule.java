package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.Locale;
import java.util.Set;

/** DSI ReservedKeywordsRule: entity, dimension and measure names and table names are not SQL keywords. */
final class ReservedKeywordsRule implements SemanticRule {
    static final Set<String> KEYWORDS = Set.of("and", "as", "create", "distinct", "for", "from", "full", "having", "in",
            "inner", "into", "is", "join", "left", "like", "natural", "not", "null", "on", "or", "right", "select",
            "union", "using", "where", "with");

    @Override
    public String id() {
        return "semantic-reserved-keyword";
    }

    @Override
    public String checking() {
        return "names against SQL keywords";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            m.entities().forEach(e -> name(findings, m, "entity", e.name(), e.range()));
            m.dimensions().forEach(d -> name(findings, m, "dimension", d.name(), d.range()));
            m.measures().forEach(x -> name(findings, m, "measure", x.name(), x.range()));
            m.nodeRelation().ifPresent(r -> {
                r.alias().ifPresent(a -> name(findings, m, "node_relation alias", a, r.range()));
                r.schemaName().ifPresent(a -> name(findings, m, "node_relation schema", a, r.range()));
                r.database().ifPresent(a -> name(findings, m, "node_relation database", a, r.range()));
            });
        }
    }

    private static void name(Findings findings, SemanticModel m, String kind, String name, SourceRange range) {
        if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
            findings.error(m, range, "The " + kind + " name '" + name + "' in semantic model '" + m.name()
                    + "' is an SQL reserved keyword; choose another name.");
        }
    }
}
