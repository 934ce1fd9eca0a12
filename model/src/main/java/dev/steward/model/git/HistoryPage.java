package dev.steward.model.git;

import java.util.List;

/** One page of history, newest first; {@code hasMore} when older commits remain. */
public record HistoryPage(List<CommitInfo> commits, boolean hasMore) {
    public HistoryPage {
        commits = List.copyOf(commits);
    }
}
