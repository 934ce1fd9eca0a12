package dev.steward.model.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A workspace written by {@link ContractGenerator#writeWorkspace}: every contract file (sorted),
 * and the deliberate errors planted in a few of them so a benchmark can check they are found.
 */
public record GeneratedWorkspace(Path root, List<Path> contracts, List<DeliberateError> deliberateErrors) {

    public GeneratedWorkspace {
        contracts = List.copyOf(contracts);
        deliberateErrors = List.copyOf(deliberateErrors);
    }

    /** One planted error: the file, what kind it is, and the offending key or reference. */
    public record DeliberateError(Path file, Kind kind, String detail) {
    }

    public enum Kind {
        /** A key the standard does not define (a typo-like {@code nullable} on a property). */
        UNKNOWN_KEY,
        /** A relationship whose target column does not exist in the target table. */
        BAD_RELATIONSHIP_TARGET
    }
}
