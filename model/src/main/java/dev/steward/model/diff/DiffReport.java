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

    /**
     * Contracts whose version does not follow their changes: a breaking change without a new major
     * (an error), or a change without any bump (a warning).
     */
    public List<ArtifactDiff> versionViolations() {
        return artifacts.stream().filter(a -> a.version().map(v -> !v.holds()).orElse(false)).toList();
    }

    /** Contracts with a breaking change whose version is not a new major: what {@code steward breaking} fails on. */
    public List<ArtifactDiff> breakingWithoutMajor() {
        return artifacts.stream().filter(a -> a.version().filter(v -> !v.holds()
                && v.required() == VersionVerdict.Bump.MAJOR && v.bump() != VersionVerdict.Bump.MAJOR).isPresent()).toList();
    }
}
