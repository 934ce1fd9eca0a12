package dev.steward.model.diff;

import dev.steward.model.yaml.SourceRange;
import java.util.List;
import java.util.Optional;

/** The one change a differ reports for a revision it cannot read: rule {@code unparsable}, a warning. */
public final class UnparsableChange {

    public static final String RULE = "unparsable";

    private UnparsableChange() {
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
