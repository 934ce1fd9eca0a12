package dev.steward.model.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Tells whether an open file changed on disk since the editor loaded or saved it (another tool,
 * a {@code git checkout}, a sync client). Content decides, not the clock: a file that was only
 * touched, or rewritten with the same bytes, is unchanged; a change within the same millisecond
 * and of the same size is still caught by the hash. Stateless and thread-safe.
 */
public final class ExternalChangeDetector {

    public enum Status { UNCHANGED, MODIFIED, DELETED }

    /** The verdict and, unless deleted, the file's current fingerprint (to remember after a reload). */
    public record Check(Status status, DiskFingerprint current) {
        public boolean changed() {
            return status != Status.UNCHANGED;
        }
    }

    public Check check(Path file, DiskFingerprint known) throws IOException {
        if (!Files.exists(file)) {
            return new Check(Status.DELETED, null);
        }
        try {
            if (known != null && Files.size(file) != known.size()) {
                return new Check(Status.MODIFIED, DiskFingerprint.of(file));
            }
            DiskFingerprint now = DiskFingerprint.of(file);
            return new Check(now.sameContent(known) ? Status.UNCHANGED : Status.MODIFIED, now);
        } catch (NoSuchFileException e) {
            return new Check(Status.DELETED, null);
        }
    }
}
