package dev.steward.model.diff;

import java.util.List;
import java.util.Optional;

/** A differ of an artifact that carries a version (contracts): it also judges the version bump. */
public interface VersionedDiffer extends ArtifactDiffer {

    /** The verdict on head's version given {@code changes}; empty when the artifact was added or deleted. */
    Optional<VersionVerdict> verdict(
            Optional<ArtifactRevision> before, Optional<ArtifactRevision> after, List<SemanticChange> changes);
}
