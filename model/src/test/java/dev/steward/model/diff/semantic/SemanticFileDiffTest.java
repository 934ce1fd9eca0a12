package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.semantic.SemanticDiffFixture.LATEST;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.LEGACY;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.PATH;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.diff;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.edit;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.legacy;
import static dev.steward.model.diff.semantic.SemanticDiffFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole-file behaviour: formats, saved queries, metadata, order, added/deleted and broken files, titles. */
class SemanticFileDiffTest {

    private static final SemanticLayerDiffer DIFFER = new SemanticLayerDiffer();

    @Test
    void latestSpecSimpleMetricAggregationAndExpressionBreak() {
        assertEquals(0, diff(LATEST, LATEST).size());
        SemanticChange agg = single(LATEST, edit(LATEST, "agg: sum", "agg: max"));
        assertEquals("metric-agg-changed", agg.rule());
        assertEquals(ChangeSeverity.BREAKING, agg.severity());
        assertEquals("metrics.order_total.agg", agg.element());

        SemanticChange expr = single(LATEST, edit(LATEST, "agg: sum", "agg: sum\n        expr: amount"));
        assertEquals("metric-expr-changed", expr.rule());
        assertEquals(Optional.of("order_total"), expr.before(), "expr defaults to the metric's name");
    }

    @Test
    void latestSpecColumnEntitiesAndDimensionsAreCompared() {
        SemanticChange entity = single(LATEST, edit(LATEST, "type: foreign", "type: natural"));
        assertEquals("entity-type-changed", entity.rule());
        assertEquals("semantic_models.orders.entities.customer.type", entity.element());
        assertEquals(Optional.of("semantic_model:orders"), entity.subject());

        SemanticChange grain = single(LATEST, edit(LATEST, "granularity: day", "granularity: week"));
        assertEquals("dimension-granularity-changed", grain.rule());
        assertEquals(ChangeSeverity.BREAKING, grain.severity());

        SemanticChange off = single(LATEST, edit(LATEST, "\n        entity: primary", ""));
        assertEquals("entity-removed", off.rule());
    }

    @Test
    void disablingTheLatestSpecSemanticModelRemovesIt() {
        List<SemanticChange> changes = diff(LATEST, edit(LATEST, "enabled: true", "enabled: false"));
        assertEquals(List.of("semantic-model-removed"), changes.stream().map(SemanticChange::rule).toList());
    }

    @Test
    void rewritingAMeasureBasedMetricInTheLatestSpecOnlyLosesTheMeasure() {
        String legacy = """
                semantic_models:
                  - name: orders
                    model: ref('orders')
                    defaults:
                      agg_time_dimension: ordered_at
                    entities:
                      - name: order_id
                        type: primary
                    dimensions:
                      - name: ordered_at
                        type: time
                        type_params:
                          time_granularity: day
                    measures:
                      - name: order_total
                        agg: sum
                metrics:
                  - name: revenue
                    type: simple
                    type_params:
                      measure: order_total
                """;
        String latest = """
                models:
                  - name: orders
                    columns:
                      - name: order_id
                        entity: primary
                      - name: ordered_at
                        granularity: day
                        dimension:
                          type: time
                    semantic_model:
                      enabled: true
                    agg_time_dimension: ordered_at
                    metrics:
                      - name: revenue
                        type: simple
                        agg: sum
                        expr: order_total
                """;
        assertEquals(List.of("measure-removed"), diff(legacy, latest).stream().map(SemanticChange::rule).toList(),
                "the metric computes the same; the measure other files may name is gone");

        List<SemanticChange> changed = diff(legacy, edit(latest, "agg: sum", "agg: max"));
        assertEquals(List.of("measure-removed", "metric-agg-changed"), changed.stream().map(SemanticChange::rule).toList());
        assertEquals("metric `revenue` agg sum → max", changed.get(1).message());
    }

    @Test
    void savedQueryParametersAndExportsWarnRemovingTheQueryBreaks() {
        SemanticChange params = single(LEGACY, legacy("metrics: [revenue, orders]", "metrics: [revenue]"));
        assertEquals("saved-query-params-changed", params.rule());
        assertEquals(ChangeSeverity.WARNING, params.severity());
        assertEquals("saved_queries.order_metrics.query_params.metrics", params.element());
        assertEquals(Optional.of("saved_query:order_metrics"), params.subject());

        SemanticChange export = single(LEGACY, legacy("export_as: table", "export_as: view"));
        assertEquals("saved-query-export-changed", export.rule());
        assertEquals(ChangeSeverity.WARNING, export.severity());
        assertEquals("saved_queries.order_metrics.exports.order_metrics.config.export_as", export.element());

        String noExport = legacy("""
                    exports:
                      - name: order_metrics
                        config:
                          export_as: table
                """, "");
        SemanticChange exportRemoved = single(LEGACY, noExport);
        assertEquals("saved-query-export-removed", exportRemoved.rule());
        assertEquals(ChangeSeverity.WARNING, exportRemoved.severity());

        int at = LEGACY.indexOf("saved_queries:");
        SemanticChange removed = single(LEGACY, LEGACY.substring(0, at));
        assertEquals("saved-query-removed", removed.rule());
        assertEquals(ChangeSeverity.BREAKING, removed.severity());
        assertEquals("saved-query-added", single(LEGACY.substring(0, at), LEGACY).rule());
    }

    @Test
    void metaIsInfoDisablingBreaksAnUnknownKeyWarns() {
        String meta = legacy("label: Revenue", "label: Revenue\n    meta:\n      owner: finance");
        SemanticChange info = single(LEGACY, meta);
        assertEquals("metadata-changed", info.rule());
        assertEquals(ChangeSeverity.INFO, info.severity());
        assertEquals(Optional.of("{owner: finance}"), info.after());

        SemanticChange disabled = single(LEGACY, legacy("label: Revenue", "label: Revenue\n    config:\n      enabled: false"));
        assertEquals("element-disabled", disabled.rule());
        assertEquals(ChangeSeverity.BREAKING, disabled.severity());

        SemanticChange unknown = single(LEGACY, legacy("label: Revenue", "label: Revenue\n    sampling: 0.1"));
        assertEquals("unknown-field-changed", unknown.rule());
        assertEquals(ChangeSeverity.WARNING, unknown.severity());
    }

    @Test
    void changesComeInHeadOrderWithRemovalsWhereTheyWere() {
        String after = legacy("time_granularity: day", "time_granularity: month");
        after = edit(after, """
                      - name: status
                        type: categorical
                """, "");
        after = edit(after, "label: Revenue", "label: Net revenue");
        after = edit(after, "measure: order_count", "measure: order_total");
        List<String> rules = diff(LEGACY, after).stream().map(SemanticChange::rule).toList();
        assertEquals(List.of("dimension-granularity-changed", "dimension-removed", "label-changed",
                "metric-input-changed"), rules);
    }

    @Test
    void anAddedFileIsAllNewsADeletedOneBreaksEverything() {
        List<SemanticChange> added = DIFFER.diff(Optional.empty(), Optional.of(ArtifactRevision.parse(PATH, LEGACY)));
        assertEquals(8, added.size(), "2 semantic models, 5 metrics, 1 saved query; their parts come with them");
        assertTrue(added.stream().allMatch(c -> c.change() == ChangeKind.ADDED && c.severity() == ChangeSeverity.INFO));
        List<SemanticChange> deleted = DIFFER.diff(Optional.of(ArtifactRevision.parse(PATH, LEGACY)), Optional.empty());
        assertEquals(added.size(), deleted.size());
        assertTrue(deleted.stream().allMatch(c -> c.change() == ChangeKind.REMOVED && c.isBreaking()));
    }

    @Test
    void aFileThatDoesNotParseIsOneWarningAtTheProblem() {
        String broken = legacy("agg: count_distinct", "agg: [count_distinct");
        SemanticChange head = single(LEGACY, broken);
        assertEquals("unparsable", head.rule());
        assertEquals(ChangeSeverity.WARNING, head.severity());
        assertTrue(head.headRange().isPresent() && head.baseRange().isEmpty());
        assertTrue(head.message().startsWith("head revision of models/orders.yml does not parse at line "), head.message());

        SemanticChange base = single(broken, LEGACY);
        assertEquals("unparsable", base.rule());
        assertTrue(base.baseRange().isPresent() && base.headRange().isEmpty());
    }

    @Test
    void theTitleCountsWhatTheFileDefines() {
        Optional<ArtifactRevision> legacy = Optional.of(ArtifactRevision.parse(PATH, LEGACY));
        assertEquals("2 semantic models (orders, customers), 5 metrics, 1 saved query (order_metrics)",
                DIFFER.title(Optional.empty(), legacy));
        Optional<ArtifactRevision> latest = Optional.of(ArtifactRevision.parse(PATH, LATEST));
        assertEquals("1 semantic model (orders), 2 metrics (order_total, orders)", DIFFER.title(legacy, latest));
    }

    @Test
    void theStandardEngineDiffsSemanticFiles() {
        Optional<ArtifactDiff> diff = SemanticDiffEngine.standard().diff(new SemanticDiffEngine.FilePair(
                Optional.of(ArtifactRevision.parse(PATH, LEGACY)),
                Optional.of(ArtifactRevision.parse(PATH, legacy("    agg: sum\n", "    agg: min\n")))));
        assertEquals(ArtifactKind.SEMANTIC, diff.orElseThrow().kind());
        assertEquals(1, diff.get().count(ChangeSeverity.BREAKING));
    }
}
