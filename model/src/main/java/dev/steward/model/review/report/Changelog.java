package dev.steward.model.review.report;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.SemanticChange;
import java.util.List;

/**
 * A human-readable changelog per artifact (contracts first, the way a consumer reads them): title,
 * version before → after, then the changes grouped under Breaking, Warnings and Changes.
 */
public final class Changelog {

    private Changelog() {
    }

    public static String write(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Changelog ").append(report.baseLabel()).append(" → ").append(report.headLabel()).append('\n');
        List<ArtifactDiff> changed = report.artifacts().stream().filter(a -> !a.changes().isEmpty()).toList();
        if (changed.isEmpty()) {
            return out.append("\nNo changes in meaning.\n").toString();
        }
        List<ArtifactDiff> ordered = new java.util.ArrayList<>(changed.stream().filter(a -> a.version().isPresent()).toList());
        changed.stream().filter(a -> a.version().isEmpty()).forEach(ordered::add);
        for (ArtifactDiff a : ordered) {
            out.append("\n## ").append(a.title().isBlank() ? a.path() : a.title());
            a.version().ifPresent(v -> out.append(" ").append(DiffSummary.versions(v)));
            if (a.base().isEmpty()) {
                out.append(" (new)");
            } else if (a.head().isEmpty()) {
                out.append(" (deleted)");
            }
            out.append('\n').append(a.path()).append('\n');
            section(out, "Breaking", a, ChangeSeverity.BREAKING);
            section(out, "Warnings", a, ChangeSeverity.WARNING);
            section(out, "Changes", a, ChangeSeverity.INFO);
            a.version().filter(v -> !v.holds()).ifPresent(v -> out.append("\nNote: ")
                    .append(v.problem().orElseThrow().message()).append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, ArtifactDiff a, ChangeSeverity severity) {
        List<SemanticChange> changes = a.changes().stream().filter(c -> c.severity() == severity).toList();
        if (changes.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        changes.forEach(c -> out.append("- ").append(c.message()).append('\n'));
    }
}
