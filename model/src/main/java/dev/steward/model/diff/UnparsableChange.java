package dev.steward.model.diff;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The one change a differ reports for a revision it cannot read: rule {@code unparsable}, a warning. */
public final class UnparsableChange {

    public static final String RULE = "unparsable";

    private UnparsableChange() {
    }

    /**
     * Runs a differ's comparison; a failure it did not foresee becomes one unparsable warning on the
     * revision compared (head, else base), so a differ never throws.
     */
    public static List<SemanticChange> guard(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after,
                                             Supplier<List<SemanticChange>> comparison) {
        try {
            return comparison.get();
        } catch (RuntimeException e) {
            return List.of(of(after.or(() -> before).orElseThrow(), after.isEmpty(), SourceRange.START,
                    "could not be compared: " + e));
        }
    }

    /** The change for the first error among {@code problems} (YAML syntax errors of the revision), if any. */
    public static Optional<SemanticChange> firstError(ArtifactRevision revision, boolean base, List<Diagnostic> problems) {
        return problems.stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .map(d -> of(revision, base, d.range(), d.message()));
    }

    /**
     * @param revision the revision that does not parse
     * @param base     whether it is the base revision (else head)
     * @param at       where the problem is in it
     * @param problem  what the parser said
     */
    public static SemanticChange of(ArtifactRevision revision, boolean base, SourceRange at, String problem) {
        String side = base ? "base" : "head";
        String message = side + " revision of " + revision.path() + " does not parse at line " + at.startLine()
                + ", column " + at.startColumn() + " (" + problem + "): its changes in meaning are unknown";
        return new SemanticChange("file", ChangeKind.UPDATED, ChangeSeverity.WARNING, RULE, Optional.empty(),
                Optional.empty(), message, base ? Optional.of(at) : Optional.empty(),
                base ? Optional.empty() : Optional.of(at), Optional.empty(), List.of());
    }
}
