package dev.steward.views.review;

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

/** A branch that retypes {@code orders.amount} (breaking, reaching the revenue metric) and adds a quality rule. */
final class ReviewFixtures {

    static final String PATH = "contracts/orders.odcs.yaml";
    static final String BASE = """
            apiVersion: v3.0.2
            kind: DataContract
            id: urn:datacontract:orders
            name: Orders
            version: 1.0.0
            status: active
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: string
                  - name: amount
                    logicalType: number
                  - name: note
                    logicalType: string
            """;
    static final String HEAD = BASE.replace("version: 1.0.0", "version: 1.1.0")
            .replace("        logicalType: number\n", "        logicalType: string\n")
            .replace("      - name: note\n        logicalType: string\n", "      - name: note\n        logicalType: string\n"
                    + "    quality:\n      - type: sql\n        query: select count(*) from orders\n");
    static final String TYPE_ELEMENT = "schema.orders.properties.amount.logicalType";
    /** Line of {@code amount}'s {@code logicalType} in base and head. */
    static final int AMOUNT_TYPE_LINE = 13;
    static final String TYPE_MESSAGE = "property `orders.amount` type number → string";

    private ReviewFixtures() {
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in text");
    }

    static SourceRange at(int line) {
        return new SourceRange(0, 0, line, 1, line, 1);
    }

    static SemanticChange typeChange() {
        return new SemanticChange(TYPE_ELEMENT, ChangeKind.UPDATED, ChangeSeverity.BREAKING, "property-type-changed",
                Optional.of("number"), Optional.of("string"), TYPE_MESSAGE,
                Optional.of(at(AMOUNT_TYPE_LINE)), Optional.of(at(AMOUNT_TYPE_LINE)), // the line does not move
                Optional.of("contract:orders.amount"),
                List.of(new ImpactedArtifact("metric:revenue", "metric", "revenue", Optional.of("models/metrics.yml"),
                        "orders.amount → fct_orders → revenue", List.of("finance-analytics"))));
    }

    static SemanticChange qualityAdded() {
        return new SemanticChange("schema.orders.quality", ChangeKind.ADDED, ChangeSeverity.INFO, "quality-added",
                Optional.empty(), Optional.of("sql"), "quality rule added", Optional.empty(),
                Optional.of(at(lineOf(HEAD, "quality:"))), Optional.empty(), List.of());
    }

    static ArtifactDiff orders() {
        Diagnostic problem = new Diagnostic(Path.of(PATH), at(lineOf(HEAD, "version:")), Severity.ERROR, "version-major-bump",
                "a breaking change needs a new major version: 1.1.0 → 2.0.0");
        return new ArtifactDiff(PATH, Optional.empty(), ArtifactKind.ODCS, "urn:datacontract:orders — Orders",
                Optional.of(ArtifactRevision.parse(PATH, BASE)), Optional.of(ArtifactRevision.parse(PATH, HEAD)),
                List.of(typeChange(), qualityAdded()),
                Optional.of(new VersionVerdict(Optional.of("1.0.0"), Optional.of("1.1.0"), VersionVerdict.Bump.MINOR,
                        VersionVerdict.Bump.MAJOR, Optional.of(problem))));
    }

    static DiffReport report(String base, String head) {
        return new DiffReport(base, head, List.of(orders()), List.of("README.md"));
    }
}
