package dev.steward.model.diff;

import java.util.List;

/**
 * All semantic changes between two revisions, one entry per changed artifact file, in path order.
 * Files that are not artifacts (README, SQL) are listed in {@code otherPaths}.
 */
public record DiffReport(String baseLabel, String headLabel, List<ArtifactDiff> artifacts, List<String> otherPaths) {

    public DiffReport {
        artifacts = List.copyOf(artifacts);
        otherPaths = List.copyOf(otherPaths);
    }

    public long count(ChangeSeverity severity) {
        return artifacts.stream().mapToLong(a -> a.count(severity)).sum();
    }

    /** Breaking changes in contracts whose version was not bumped to a new major. */
    public List<ArtifactDiff> versionViolations() {
        return artifacts.stream().filter(a -> a.version().map(v -> !v.holds()).orElse(false)).toList();
    }
}
