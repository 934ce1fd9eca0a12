package dev.steward.model.review.report;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A diff of two contracts, one breaking with its blast radius and a version that was not bumped. */
final class ReportFixture {

    private ReportFixture() {
    }

    static SemanticChange change(String element, ChangeKind kind, ChangeSeverity severity, String before, String after,
                                 String message, List<ImpactedArtifact> impacted) {
        return new SemanticChange(element, kind, severity, "rule", Optional.ofNullable(before), Optional.ofNullable(after),
                message, Optional.empty(), Optional.empty(), Optional.of("contract:orders/orders/amount"), impacted);
    }

    static DiffReport report() {
        ImpactedArtifact revenue = new ImpactedArtifact("metric:revenue", "metric", "revenue", Optional.of("models/semantic.yml"),
                "orders.amount → orders → orders_sm → revenue", List.of("sales-data"));
        ImpactedArtifact finance = new ImpactedArtifact("data_product:finance", "data_product", "Finance reporting",
                Optional.of("products/finance.odps.yaml"), "orders.amount → orders → Orders → Finance reporting", List.of());
        ArtifactRevision base = ArtifactRevision.parse("contracts/orders.odcs.yaml", "id: orders\n");
        ArtifactRevision head = ArtifactRevision.parse("contracts/orders.odcs.yaml", "id: orders\n");
        VersionVerdict verdict = new VersionVerdict(Optional.of("1.0.0"), Optional.of("1.1.0"), VersionVerdict.Bump.MINOR,
                VersionVerdict.Bump.MAJOR, Optional.of(new Diagnostic(Path.of("contracts/orders.odcs.yaml"), SourceRange.START,
                Severity.ERROR, "version-major-bump", "breaking changes need version 2.0.0 (a new major), not 1.1.0")));
        ArtifactDiff orders = new ArtifactDiff("contracts/orders.odcs.yaml", Optional.empty(), ArtifactKind.ODCS,
                "Orders — orders", Optional.of(base), Optional.of(head), List.of(
                change("schema.orders.properties.amount.logicalType", ChangeKind.UPDATED, ChangeSeverity.BREAKING, "number",
                        "string", "property `orders.amount` type number → string", List.of(revenue, finance)),
                change("schema.orders.properties.amount.maximum", ChangeKind.UPDATED, ChangeSeverity.WARNING, "100",
                        "1000", "property `orders.amount` maximum 100 → 1000 (looser)", List.of()),
                change("schema.orders.properties.note", ChangeKind.ADDED, ChangeSeverity.INFO, null, "string",
                        "property `orders.note` added", List.of())),
                Optional.of(verdict));
        ArtifactDiff payments = new ArtifactDiff("contracts/payments.odcs.yaml", Optional.empty(), ArtifactKind.ODCS,
                "payments — Payments", Optional.empty(), Optional.of(head), List.of(), Optional.empty());
        return new DiffReport("main", "feature/v2", List.of(orders, payments), List.of("README.md"));
    }
}
