package dev.steward.model.diff;

import dev.steward.model.artifact.ArtifactKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in one artifact file between base and head.
 *
 * @param path     head path (base path when deleted), relative with '/'
 * @param oldPath  base path when the file was renamed
 * @param kind     the artifact kind
 * @param title    what a person reads (contract id and name...)
 * @param base     the file at base, empty when added
 * @param head     the file at head, empty when deleted
 * @param changes  the semantic changes, with blast radius once computed
 * @param version  the version discipline verdict for versioned artifacts (contracts)
 */
public record ArtifactDiff(
        String path,
        Optional<String> oldPath,
        ArtifactKind kind,
        String title,
        Optional<ArtifactRevision> base,
        Optional<ArtifactRevision> head,
        List<SemanticChange> changes,
        Optional<VersionVerdict> version) {

    public ArtifactDiff {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        changes = List.copyOf(changes);
        Objects.requireNonNull(version, "version");
    }

    public long count(ChangeSeverity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    public ArtifactDiff withChanges(List<SemanticChange> replaced) {
        return new ArtifactDiff(path, oldPath, kind, title, base, head, replaced, version);
    }
}
