package dev.steward.model.git;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Status;

/** Uncommitted changes to tracked files: what blocks switching branches or merging (untracked files do not). */
public final class TrackedChanges {

    private TrackedChanges() {
    }

    /** Added, changed, removed, modified, missing and conflicting paths, sorted. */
    public static Set<String> of(Status status) {
        Set<String> dirty = new TreeSet<>();
        dirty.addAll(status.getAdded());
        dirty.addAll(status.getChanged());
        dirty.addAll(status.getRemoved());
        dirty.addAll(status.getModified());
        dirty.addAll(status.getMissing());
        dirty.addAll(status.getConflicting());
        return dirty;
    }

    /** The first three paths, then "..." when there are more. */
    public static String preview(Set<String> paths) {
        List<String> first = paths.stream().limit(3).toList();
        return String.join(", ", first) + (paths.size() > first.size() ? ", ..." : "");
    }
}
