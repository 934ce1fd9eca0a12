package dev.steward.model.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/** Walks the history of HEAD, newest first, page by page. */
final class HistoryReader {

    private final Repository repo;
    private final DiffReader diffs;

    HistoryReader(Repository repo, DiffReader diffs) {
        this.repo = repo;
        this.diffs = diffs;
    }

    HistoryPage page(int skip, int limit, ProgressMonitor monitor) throws IOException, GitProblem {
        if (skip < 0 || limit <= 0) {
            throw new IllegalArgumentException("skip must be >= 0 and limit > 0, got " + skip + ", " + limit);
        }
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return new HistoryPage(List.of(), false);
        }
        List<CommitInfo> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            int seen = 0;
            for (RevCommit commit : walk) {
                if (seen++ < skip) {
                    continue;
                }
                if (commits.size() == limit) {
                    return new HistoryPage(commits, true);
                }
                GitFailures.requireNotCancelled(monitor, "reading the history");
                commits.add(info(commit));
            }
        }
        return new HistoryPage(commits, false);
    }

    CommitInfo info(RevCommit commit) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        Identity who = Identity.of(author.getName(), author.getEmailAddress())
                .orElseGet(() -> new Identity(blankToUnknown(author.getName()), blankToUnknown(author.getEmailAddress())));
        List<ChangedPath> changed = new ArrayList<>();
        for (DiffEntry entry : diffs.changes(commit)) {
            changed.add(toChangedPath(entry));
        }
        return new CommitInfo(commit.name(), commit.abbreviate(7).name(), commit.getFullMessage(), who,
                author.getWhenAsInstant(), changed);
    }

    private static ChangedPath toChangedPath(DiffEntry entry) {
        return switch (entry.getChangeType()) {
            case ADD, COPY -> new ChangedPath(entry.getNewPath(), FileChange.Kind.ADDED, Optional.empty());
            case DELETE -> new ChangedPath(entry.getOldPath(), FileChange.Kind.DELETED, Optional.empty());
            case MODIFY -> new ChangedPath(entry.getNewPath(), FileChange.Kind.MODIFIED, Optional.empty());
            case RENAME -> new ChangedPath(entry.getNewPath(), FileChange.Kind.RENAMED, Optional.of(entry.getOldPath()));
        };
    }

    private static String blankToUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
