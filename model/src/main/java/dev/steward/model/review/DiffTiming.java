package dev.steward.model.review;

import dev.steward.model.diff.DiffReport;

/**
 * A diff and what each phase of it took, in nanoseconds: finding the changed paths, reading and
 * parsing their two sides, the semantic diff, and the blast radius (0 when not asked or nothing breaks).
 */
public record DiffTiming(DiffReport report, long changedPathsNanos, long readNanos, long semanticNanos, long impactNanos,
                         int changedFiles) {

    public long totalNanos() {
        return changedPathsNanos + readNanos + semanticNanos + impactNanos;
    }
}
