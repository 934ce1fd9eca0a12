package dev.steward.model.review;

import java.util.Objects;

/** One side of a review: the uncommitted working tree, or anything Git resolves (branch, tag, commit id, {@code HEAD~2}). */
public sealed interface Revision {

    /** The files on disk, including uncommitted and untracked artifact files (ignored files are not read). */
    record WorkingTree() implements Revision {
        @Override
        public String label() {
            return "working tree";
        }
    }

    /** A revision Git resolves. */
    record Commit(String rev) implements Revision {
        public Commit {
            Objects.requireNonNull(rev, "rev");
            if (rev.isBlank()) {
                throw new IllegalArgumentException("A revision cannot be blank");
            }
        }

        @Override
        public String label() {
            return rev;
        }
    }

    /** What a person reads. */
    String label();

    static Revision workingTree() {
        return new WorkingTree();
    }

    static Revision of(String rev) {
        return new Commit(rev);
    }
}
