package dev.steward.model.git;

import java.util.Objects;
import java.util.Optional;

/** A file a commit changed, relative to its first parent. {@code oldPath} is set for renames. */
public record ChangedPath(String path, FileChange.Kind kind, Optional<String> oldPath) {
    public ChangedPath {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        oldPath = oldPath == null ? Optional.empty() : oldPath;
    }
}
