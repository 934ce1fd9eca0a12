package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.semantic.SavedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a saved query. A saved query is a named question; changing its parameters or its
 * exports changes the answer or where it lands, which its readers should look at (warning), but no
 * metric definition changed. Removing the whole saved query is breaking (see the differ).
 */
final class SavedQueryRules {

    private static final List<FieldRule<SavedQuery>> QUERY = List.of(
            FieldRule.of("query_params.metrics", "saved-query-params-changed", WARNING, q -> ValueText.list(q.metrics())),
            FieldRule.of("query_params.group_by", "saved-query-params-changed", WARNING, q -> ValueText.list(q.groupBy())),
            FieldRule.of("query_params.where", "saved-query-params-changed", WARNING, q -> ValueText.list(q.where())),
            FieldRule.of("query_params.order_by", "saved-query-params-changed", WARNING, q -> ValueText.list(q.orderBy())),
            FieldRule.of("query_params.limit", "saved-query-params-changed", WARNING,
                    q -> q.limit().isPresent() ? Optional.of(String.valueOf(q.limit().getAsLong())) : Optional.empty()),
            FieldRule.of("label", "label-changed", INFO, SavedQuery::label),
            FieldRule.of("description", "description-changed", INFO, q -> ValueText.text(q.description())));

    private static final List<FieldRule<SavedQuery.Export>> EXPORT = List.of(
            FieldRule.of("config.export_as", "saved-query-export-changed", WARNING, SavedQuery.Export::exportAs),
            FieldRule.of("config.schema", "saved-query-export-changed", WARNING, SavedQuery.Export::schema),
            FieldRule.of("config.alias", "saved-query-export-changed", WARNING, SavedQuery.Export::alias));

    private SavedQueryRules() {
    }

    static Element element(SavedQuery q) {
        return new Element("saved_queries." + q.name(), "saved query `" + q.name() + "`",
                Optional.of(LineageIds.semantic(NodeKind.SAVED_QUERY, q.name())));
    }

    static void compare(Comparison c, Element owner, SavedQuery before, SavedQuery after) {
        c.fields(owner, before, after, before.range(), after.range(), QUERY);
        c.extensions(owner, before.extensions(), after.extensions(), before.range(), after.range());
        c.children(before.exports(), after.exports(), SavedQuery.Export::name, x -> "saved-query-export",
                x -> export(owner, after, x), SavedQuery.Export::range, WARNING, (b, h) -> {
                    Element e = export(owner, after, h);
                    c.fields(e, b, h, b.range(), h.range(), EXPORT);
                    c.extensions(e, b.extensions(), h.extensions(), b.range(), h.range());
                });
    }

    private static Element export(Element query, SavedQuery q, SavedQuery.Export e) {
        return query.child("exports." + e.name(), "export `" + q.name() + "." + e.name() + "`");
    }
}
