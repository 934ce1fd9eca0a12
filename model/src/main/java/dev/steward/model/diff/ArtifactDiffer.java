package dev.steward.model.diff;

import dev.steward.model.artifact.ArtifactKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diff rules of one artifact kind. {@code before} is empty when the file was added,
 * {@code after} when it was deleted; both present for a modified or renamed file. Never throws on
 * bad input: a file that does not parse yields one warning change saying so, with its position.
 */
public interface ArtifactDiffer {

    /** The kinds this differ handles. */
    Set<ArtifactKind> kinds();

    /** The changes in meaning, in document order of head (removals at their base position). */
    List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after);

    /** A short title for the artifact (contract id and name, product id...), read from head else base. */
    String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after);
}
