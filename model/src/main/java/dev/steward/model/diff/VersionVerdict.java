package dev.steward.model.diff;

import dev.steward.model.diagnostic.Diagnostic;
import java.util.Objects;
import java.util.Optional;

/**
 * Version discipline for one changed contract: a breaking change needs a major bump, any other
 * change needs some bump.
 *
 * @param before     {@code version} at base (empty when absent or the file was added)
 * @param after      {@code version} at head
 * @param bump       what the version change is
 * @param required   the least bump the changes need
 * @param problem    an error (breaking without major bump) or warning (change without bump) on the
 *                   head's {@code version} value, with a quick fix that writes the required version;
 *                   empty when the discipline holds
 */
public record VersionVerdict(
        Optional<String> before, Optional<String> after, Bump bump, Bump required, Optional<Diagnostic> problem) {

    /** A version change, least first. */
    public enum Bump { NONE, PATCH, MINOR, MAJOR, UNPARSABLE }

    public VersionVerdict {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(bump, "bump");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean holds() {
        return problem.isEmpty();
    }
}
