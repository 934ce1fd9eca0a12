package dev.steward.model.review;

import org.eclipse.jgit.revwalk.RevCommit;

/** A resolved side of a review: a commit's tree, or the files on disk. */
sealed interface RevisionSide {

    String label();

    /** A commit Git resolved from what the user typed. */
    record AtCommit(RevCommit commit, String label) implements RevisionSide {
    }

    /** The working tree; {@code head} is the commit HEAD points at (null in a repository without commits). */
    record OnDisk(RevCommit head) implements RevisionSide {
        @Override
        public String label() {
            return "working tree";
        }
    }
}
