package dev.steward.model.review.report;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import java.util.Locale;

/** A diff for a terminal: a summary line, then each artifact with its changes, blast radius and version verdict. */
public final class DiffText {

    private DiffText() {
    }

    public static String write(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Semantic diff ").append(report.baseLabel()).append(" → ").append(report.headLabel()).append(": ")
                .append(DiffSummary.counts(report)).append('\n');
        for (ArtifactDiff a : report.artifacts()) {
            out.append('\n').append(DiffSummary.title(a)).append('\n');
            if (a.changes().isEmpty()) {
                out.append("  no changes in meaning\n");
            }
            for (SemanticChange c : a.changes()) {
                out.append(String.format(Locale.ROOT, "  %-9s %s: %s%n", c.severity().id().toUpperCase(Locale.ROOT),
                        c.element(), c.message()));
                for (ImpactedArtifact i : c.impacted()) {
                    out.append("            reaches ").append(DiffSummary.impacted(i)).append('\n');
                }
            }
            a.version().ifPresent(v -> out.append("  ").append(DiffSummary.versionLine(v)).append('\n'));
        }
        if (!report.otherPaths().isEmpty()) {
            out.append("\nOther changed files (not artifacts): ").append(String.join(", ", report.otherPaths())).append('\n');
        }
        return out.toString();
    }
}
