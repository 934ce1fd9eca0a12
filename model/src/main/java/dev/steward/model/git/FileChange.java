package dev.steward.model.git;

import java.util.Objects;
import java.util.Optional;

/**
 * One changed file in the working tree or index, relative to HEAD. {@code path} is relative to the
 * repository root with forward slashes. A file can be both {@code staged} and {@code unstaged} (edited
 * again after staging). {@code kind} is the net change against HEAD; {@code renamedFrom} is set for
 * staged renames.
 */
public record FileChange(String path, Kind kind, boolean staged, boolean unstaged, Optional<String> renamedFrom) {

    /** What happened to the file. */
    public enum Kind {
        ADDED, MODIFIED, DELETED, UNTRACKED, CONFLICTING, RENAMED;

        /** One-letter badge, as {@code git status --short} prints it. */
        public String letter() {
            return switch (this) {
                case ADDED -> "A";
                case MODIFIED -> "M";
                case DELETED -> "D";
                case UNTRACKED -> "U";
                case CONFLICTING -> "C";
                case RENAMED -> "R";
            };
        }
    }

    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        renamedFrom = renamedFrom == null ? Optional.empty() : renamedFrom;
    }

    public FileChange(String path, Kind kind, boolean staged, boolean unstaged) {
        this(path, kind, staged, unstaged, Optional.empty());
    }
}
