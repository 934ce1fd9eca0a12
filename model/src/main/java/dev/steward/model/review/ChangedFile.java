package dev.steward.model.review;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One file that differs between base and head, paths relative to the workspace with '/'.
 * An id is the blob at a commit side; empty on the disk side (the file is read from disk) or when
 * the file does not exist on that side.
 */
record ChangedFile(Optional<String> basePath, Optional<ObjectId> baseBlob, Optional<String> headPath,
                   Optional<ObjectId> headBlob) {

    ChangedFile {
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(headPath, "headPath");
        if (basePath.isEmpty() && headPath.isEmpty()) {
            throw new IllegalArgumentException("A changed file exists on at least one side");
        }
    }

    String path() {
        return headPath.or(() -> basePath).orElseThrow();
    }

    ChangedFile swapped() {
        return new ChangedFile(headPath, headBlob, basePath, baseBlob);
    }
}
