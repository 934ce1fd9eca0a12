package dev.steward.model.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.diff.DiffReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader sees in each format of the same diff. */
class ReportWritersTest {

    private final DiffReport report = ReportFixture.report();

    @Test
    void textListsEachArtifactWithItsChangesConsumersAndVersion() {
        assertEquals("""
                Semantic diff main → feature/v2: 1 breaking, 1 warning, 1 info in 2 artifacts

                contracts/orders.odcs.yaml — Orders — orders
                  BREAKING  schema.orders.properties.amount.logicalType: property `orders.amount` type number → string
                            reaches metric revenue (models/semantic.yml), owners: sales-data; via orders.amount → orders → orders_sm → revenue
                            reaches data product Finance reporting (products/finance.odps.yaml); via orders.amount → orders → Orders → Finance reporting
                  WARNING   schema.orders.properties.amount.maximum: property `orders.amount` maximum 100 → 1000 (looser)
                  INFO      schema.orders.properties.note: property `orders.note` added
                  version 1.0.0 → 1.1.0: breaking changes need version 2.0.0 (a new major), not 1.1.0

                contracts/payments.odcs.yaml (new) — payments — Payments
                  no changes in meaning

                Other changed files (not artifacts): README.md
                """, DiffText.write(report));
    }

    @Test
    void anEmptyDiffSaysSo() {
        DiffReport none = new DiffReport("HEAD", "working tree", List.of(), List.of());
        assertEquals("Semantic diff HEAD → working tree: no semantic changes\n", DiffText.write(none));
        assertTrue(DiffMarkdown.write(none).contains("**no semantic changes**"));
        assertEquals("Changelog HEAD → working tree\n\nNo changes in meaning.\n", Changelog.write(none));
    }

    @Test
    void markdownIsAPullRequestCommentWithATablePerArtifact() {
        String md = DiffMarkdown.write(report);
        assertTrue(md.startsWith("### Semantic diff `main` → `feature/v2`\n\n"
                + "**1 breaking, 1 warning, 1 info in 2 artifacts** — 1 contract needs a version bump\n"), md);
        assertTrue(md.contains("""
                #### contracts/orders.odcs.yaml — Orders — orders

                | Severity | Element | Change | Before | After |
                |---|---|---|---|---|
                | **BREAKING** | `schema.orders.properties.amount.logicalType` | property `orders.amount` type number → string | `number` | `string` |
                | *warning* | `schema.orders.properties.amount.maximum` | property `orders.amount` maximum 100 → 1000 (looser) | `100` | `1000` |
                | info | `schema.orders.properties.note` | property `orders.note` added |  | `string` |
                """), md);
        assertTrue(md.contains("  - metric **revenue** (`models/semantic.yml`) — notify sales-data — via orders.amount → orders → orders_sm → revenue\n"), md);
        assertTrue(md.contains("Version 1.0.0 → 1.1.0: **breaking changes need version 2.0.0 (a new major), not 1.1.0**\n"), md);
        assertTrue(md.contains("#### contracts/payments.odcs.yaml (new) — payments — Payments\n\nNo changes in meaning.\n"), md);
    }

    @Test
    void markdownKeepsTableCellsIntact() {
        DiffReport piped = new DiffReport("a", "b", List.of(ReportFixture.report().artifacts().getFirst().withChanges(List.of(
                ReportFixture.change("x", dev.steward.model.diff.ChangeKind.UPDATED, dev.steward.model.diff.ChangeSeverity.INFO,
                        "a|b", "line1\nline2", "pipe | in message", List.of())))), List.of());
        String row = DiffMarkdown.write(piped).lines().filter(l -> l.startsWith("| info")).findFirst().orElseThrow();
        assertEquals("| info | `x` | pipe \\| in message | `a\\|b` | `line1 line2` |", row);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffJson.write(report));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("changes", "breaking", "warnings", "versions"), keys);
        assertEquals(1, json.path("breaking").asInt());
        assertEquals(1, json.path("warnings").asInt());
        JsonNode first = json.path("changes").get(0);
        List<String> changeKeys = new ArrayList<>();
        first.fieldNames().forEachRemaining(changeKeys::add);
        assertEquals(List.of("path", "artifact", "element", "change", "severity", "before", "after", "impacted"), changeKeys);
        assertEquals("breaking", first.path("severity").asText());
        assertEquals("updated", first.path("change").asText());
        JsonNode metric = first.path("impacted").get(0);
        assertEquals("metric:revenue", metric.path("id").asText());
        assertEquals("sales-data", metric.path("owners").get(0).asText());
        assertTrue(json.path("changes").get(2).path("before").isNull(), "an added element has no before");
        assertEquals("major", json.path("versions").get(0).path("required").asText());
    }

    @Test
    void theChangelogGroupsChangesPerContractUnderBreakingWarningsAndChanges() {
        assertEquals("""
                Changelog main → feature/v2

                ## Orders — orders 1.0.0 → 1.1.0
                contracts/orders.odcs.yaml

                Breaking:
                - property `orders.amount` type number → string

                Warnings:
                - property `orders.amount` maximum 100 → 1000 (looser)

                Changes:
                - property `orders.note` added

                Note: breaking changes need version 2.0.0 (a new major), not 1.1.0
                """, Changelog.write(report));
    }
}
