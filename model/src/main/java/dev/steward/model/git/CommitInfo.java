package dev.steward.model.git;

import java.time.Instant;
import java.util.List;

/** One commit: ids, full message, author, author time and the files it changed. */
public record CommitInfo(String id, String shortId, String message, Identity author, Instant time,
                         List<ChangedPath> changes) {

    public CommitInfo {
        changes = List.copyOf(changes);
    }

    /** The first line of the message. */
    public String summary() {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
