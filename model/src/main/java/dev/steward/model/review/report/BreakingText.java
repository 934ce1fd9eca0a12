package dev.steward.model.review.report;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import java.util.List;

/**
 * What {@code steward breaking} prints: the contracts whose breaking changes lack a major version
 * bump, each with the offending changes and who they reach; or one line saying all is well.
 */
public final class BreakingText {

    private BreakingText() {
    }

    public static String write(DiffReport report) {
        long breaking = report.count(ChangeSeverity.BREAKING);
        List<ArtifactDiff> offending = report.breakingWithoutMajor();
        int violations = offending.size();
        String range = report.baseLabel() + " → " + report.headLabel();
        if (violations == 0) {
            StringBuilder ok = new StringBuilder(breaking == 0
                    ? "No breaking changes (" + range + ").\n"
                    : breaking + (breaking == 1 ? " breaking change" : " breaking changes")
                    + ", each in a contract with a new major version (" + range + ").\n");
            for (ArtifactDiff a : report.versionViolations()) {
                ok.append("note: ").append(a.path()).append(": ").append(DiffSummary.versionLine(a.version().orElseThrow()))
                        .append('\n');
            }
            return ok.toString();
        }
        StringBuilder out = new StringBuilder();
        out.append(violations).append(violations == 1 ? " contract has" : " contracts have")
                .append(" breaking changes without a major version bump (").append(range).append("):\n");
        for (ArtifactDiff a : offending) {
            out.append('\n').append(DiffSummary.title(a)).append('\n');
            out.append("  ").append(DiffSummary.versionLine(a.version().orElseThrow())).append('\n');
            for (SemanticChange c : a.changes()) {
                if (c.severity() != ChangeSeverity.BREAKING) {
                    continue;
                }
                out.append("  BREAKING  ").append(c.element()).append(": ").append(c.message()).append('\n');
                for (ImpactedArtifact i : c.impacted()) {
                    out.append("            reaches ").append(DiffSummary.impacted(i)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
