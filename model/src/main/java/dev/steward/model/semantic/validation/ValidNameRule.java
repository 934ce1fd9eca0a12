package dev.steward.model.semantic.validation;

import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.yaml.SourceRange;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DSI UniqueAndValidNameRule (validity half): names are lower-case letters, digits and single
 * underscores, start with a letter, end with a letter or digit, and are not reserved words.
 */
final class ValidNameRule implements SemanticRule {
    private static final Pattern NAME = Pattern.compile("[a-z]((?!__)[a-z0-9_])*[a-z0-9]");
    private static final Set<String> RESERVED = Set.of("metric_time", "mf_internal_uuid");

    @Override
    public String id() {
        return "semantic-valid-name";
    }

    @Override
    public String checking() {
        return "that names are valid";
    }

    @Override
    public void check(SemanticIndex index, Findings findings) {
        for (SemanticModel m : index.project().semanticModels()) {
            check(findings, m, "semantic model", m.name(), m.range());
            for (Entity e : m.entities()) {
                check(findings, m, "entity", e.name(), e.range());
            }
            for (Dimension d : m.dimensions()) {
                check(findings, m, "dimension", d.name(), d.range());
            }
            for (Measure x : m.measures()) {
                check(findings, m, "measure", x.name(), x.range());
            }
        }
        for (Metric m : index.project().metrics()) {
            check(findings, m, "metric", m.name(), m.range());
        }
        for (SavedQuery q : index.project().savedQueries()) {
            check(findings, q, "saved query", q.name(), q.range());
        }
    }

    private static void check(Findings findings, Object owner, String kind, String name, SourceRange range) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            findings.error(owner, range, "The " + kind + " name '" + name + "' is not valid: names use lower-case"
                    + " letters, digits and single underscores, start with a letter and end with a letter or digit.");
        } else if (Grains.isStandard(lower)) {
            findings.error(owner, range, "The " + kind + " name '" + name + "' is a time granularity ("
                    + Grains.standardList() + "); choose another name.");
        } else if (RESERVED.contains(lower)) {
            findings.error(owner, range, "The " + kind + " name '" + name
                    + "' is reserved by MetricFlow (metric_time, mf_internal_uuid); choose another name.");
        }
    }
}
