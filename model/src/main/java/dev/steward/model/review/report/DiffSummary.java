package dev.steward.model.review.report;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.VersionVerdict;

/** The phrases every format shares: counts, version lines, an impacted artifact in one line. */
final class DiffSummary {

    private DiffSummary() {
    }

    /** "2 breaking, 1 warning, 3 info in 2 artifacts", or "no semantic changes". */
    static String counts(DiffReport report) {
        long changes = report.artifacts().stream().mapToLong(a -> a.changes().size()).sum();
        if (changes == 0) {
            return "no semantic changes";
        }
        long warnings = report.count(ChangeSeverity.WARNING);
        int artifacts = report.artifacts().size();
        return report.count(ChangeSeverity.BREAKING) + " breaking, " + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                + report.count(ChangeSeverity.INFO) + " info in " + artifacts + (artifacts == 1 ? " artifact" : " artifacts");
    }

    /** "1.0.0 → 2.0.0", "(none) → 1.0.0". */
    static String versions(VersionVerdict v) {
        return v.before().orElse("(none)") + " → " + v.after().orElse("(none)");
    }

    /** The version line of a contract: its versions, and what is wrong with them if anything. */
    static String versionLine(VersionVerdict v) {
        return "version " + versions(v) + (v.holds() ? "" : ": " + v.problem().orElseThrow().message());
    }

    /** "metric revenue (models/metrics.yml), owners: finance; via a → b → c". */
    static String impacted(ImpactedArtifact i) {
        return i.kind().replace('_', ' ') + " " + i.name() + i.path().map(p -> " (" + p + ")").orElse("")
                + (i.owners().isEmpty() ? "" : ", owners: " + String.join(", ", i.owners()))
                + "; via " + i.explanation();
    }

    static String title(ArtifactDiff a) {
        String state = a.base().isEmpty() ? " (new)" : a.head().isEmpty() ? " (deleted)" : "";
        return a.path() + state + a.oldPath().map(o -> " (renamed from " + o + ")").orElse("")
                + (a.title().isBlank() || a.title().equals(a.path()) ? "" : " — " + a.title());
    }
}
