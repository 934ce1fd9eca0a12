package dev.steward.model.diff;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the differ of each file's artifact kind. The kind is read from head (base when deleted);
 * a file whose kind changed between revisions is diffed by head's differ with an empty base.
 */
public final class SemanticDiffEngine {

    /** One file at base and head; at least one side present. */
    public record FilePair(Optional<ArtifactRevision> base, Optional<ArtifactRevision> head) {
        public FilePair {
            if (base.isEmpty() && head.isEmpty()) {
                throw new IllegalArgumentException("A file pair needs a base or a head");
            }
        }

        public String path() {
            return head.or(() -> base).orElseThrow().path();
        }
    }

    private final Map<ArtifactKind, ArtifactDiffer> differs;

    private SemanticDiffEngine(Map<ArtifactKind, ArtifactDiffer> differs) {
        this.differs = differs;
    }

    /** Every artifact kind Steward knows: contracts, the semantic layer, data products. */
    public static SemanticDiffEngine standard() {
        return of(StandardDiffers.all());
    }

    public static SemanticDiffEngine of(List<? extends ArtifactDiffer> differs) {
        Map<ArtifactKind, ArtifactDiffer> byKind = new EnumMap<>(ArtifactKind.class);
        for (ArtifactDiffer differ : differs) {
            differ.kinds().forEach(kind -> byKind.put(kind, differ));
        }
        return new SemanticDiffEngine(byKind);
    }

    /** The changes of one file, empty when it is not an artifact any differ handles. */
    public Optional<ArtifactDiff> diff(FilePair pair) {
        Optional<ArtifactKind> headKind = pair.head().flatMap(h -> ArtifactDetector.detect(h.text()));
        Optional<ArtifactKind> baseKind = pair.base().flatMap(b -> ArtifactDetector.detect(b.text()));
        Optional<ArtifactKind> kind = headKind.or(() -> baseKind);
        if (kind.isEmpty() || !differs.containsKey(kind.get())) {
            return Optional.empty();
        }
        Optional<ArtifactRevision> base = baseKind.equals(kind) ? pair.base() : Optional.empty();
        ArtifactDiffer differ = differs.get(kind.get());
        List<SemanticChange> changes = differ.diff(base, pair.head());
        String path = pair.path();
        Optional<String> oldPath = pair.base().map(ArtifactRevision::path).filter(p -> !p.equals(path));
        Optional<VersionVerdict> version = differ instanceof VersionedDiffer versioned
                ? versioned.verdict(base, pair.head(), changes)
                : Optional.empty();
        return Optional.of(new ArtifactDiff(path, oldPath, kind.get(), differ.title(base, pair.head()), base,
                pair.head(), changes, version));
    }

    /** All files, artifacts in path order; other paths listed apart. */
    public DiffReport diff(String baseLabel, String headLabel, List<FilePair> files) {
        List<ArtifactDiff> artifacts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (FilePair pair : files) {
            diff(pair).ifPresentOrElse(artifacts::add, () -> others.add(pair.path()));
        }
        artifacts.sort(Comparator.comparing(ArtifactDiff::path));
        others.sort(Comparator.naturalOrder());
        return new DiffReport(baseLabel, headLabel, artifacts, others);
    }
}
