package dev.steward.model.review.report;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import java.util.Optional;

/**
 * A diff as Markdown ready to paste as a pull-request comment: a summary line with the counts,
 * then per artifact a table of changes (severity as **BREAKING**, *warning*, info), the consumers
 * each breaking change reaches with their owners, and the version verdict.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String write(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### Semantic diff `").append(report.baseLabel()).append("` → `").append(report.headLabel())
                .append("`\n\n");
        out.append("**").append(DiffSummary.counts(report)).append("**");
        int violations = report.versionViolations().size();
        if (violations > 0) {
            out.append(" — ").append(violations).append(violations == 1 ? " contract needs" : " contracts need")
                    .append(" a version bump");
        }
        out.append("\n");
        for (ArtifactDiff a : report.artifacts()) {
            out.append("\n#### ").append(cell(DiffSummary.title(a))).append("\n\n");
            if (a.changes().isEmpty()) {
                out.append("No changes in meaning.\n");
            } else {
                out.append("| Severity | Element | Change | Before | After |\n|---|---|---|---|---|\n");
                for (SemanticChange c : a.changes()) {
                    out.append("| ").append(severity(c)).append(" | `").append(cell(c.element())).append("` | ")
                            .append(cell(c.message())).append(" | ").append(code(c.before())).append(" | ")
                            .append(code(c.after())).append(" |\n");
                }
            }
            boolean heading = false;
            for (SemanticChange c : a.changes()) {
                if (c.impacted().isEmpty()) {
                    continue;
                }
                if (!heading) {
                    out.append("\nImpacted consumers:\n\n");
                    heading = true;
                }
                out.append("- `").append(cell(c.element())).append("` reaches:\n");
                for (ImpactedArtifact i : c.impacted()) {
                    out.append("  - ").append(i.kind().replace('_', ' ')).append(" **").append(cell(i.name())).append("**")
                            .append(i.path().map(p -> " (`" + p + "`)").orElse(""))
                            .append(i.owners().isEmpty() ? "" : " — notify " + String.join(", ", i.owners()))
                            .append(" — via ").append(cell(i.explanation())).append('\n');
                }
            }
            a.version().ifPresent(v -> out.append("\nVersion ").append(DiffSummary.versions(v))
                    .append(v.holds() ? "" : ": **" + cell(v.problem().orElseThrow().message()) + "**").append('\n'));
        }
        if (!report.otherPaths().isEmpty()) {
            out.append("\nOther changed files: ").append(String.join(", ", report.otherPaths().stream()
                    .map(p -> "`" + p + "`").toList())).append('\n');
        }
        return out.toString();
    }

    private static String severity(SemanticChange c) {
        return switch (c.severity()) {
            case BREAKING -> "**BREAKING**";
            case WARNING -> "*warning*";
            case INFO -> "info";
        };
    }

    private static String code(Optional<String> value) {
        return value.map(v -> "`" + cell(v.length() > 80 ? v.substring(0, 77) + "..." : v).replace("`", "'") + "`").orElse("");
    }

    /** Text safe inside a table cell: no pipes breaking columns, no line breaks. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
