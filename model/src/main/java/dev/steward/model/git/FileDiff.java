package dev.steward.model.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The difference of one file between two versions. {@code oldPath} is empty for an added file,
 * {@code newPath} for a deleted one. Binary files have no hunks and {@code binary} set.
 */
public record FileDiff(Optional<String> oldPath, Optional<String> newPath, List<Hunk> hunks, boolean binary) {

    public FileDiff {
        hunks = List.copyOf(hunks);
    }

    public FileDiff(Optional<String> oldPath, Optional<String> newPath, List<Hunk> hunks) {
        this(oldPath, newPath, hunks, false);
    }

    /**
     * The diff of two texts held in memory (a file at two revisions), with the whole file as context:
     * one hunk holds every line of both sides, so a viewer can show the full file and scroll to any line.
     * Either path may be null (added or deleted file). Identical texts give no hunks.
     */
    public static FileDiff wholeFile(String oldPath, String oldText, String newPath, String newText) {
        byte[] before = oldText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] after = newText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int lines = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(oldText.lines().count(), newText.lines().count()) + 1);
        return HunkBuilder.diff(oldPath, before, newPath, after, lines);
    }

    /** The path to show: the new one, else the old one. */
    public String displayPath() {
        return newPath.or(() -> oldPath).orElse("");
    }

    public boolean isEmpty() {
        return hunks.isEmpty() && !binary;
    }

    /** Every line of every hunk, in unified order. */
    public List<DiffLine> lines() {
        return hunks.stream().flatMap(h -> h.lines().stream()).toList();
    }

    /**
     * The rows of {@code hunk} for side-by-side rendering: context lines on both sides; a block of
     * deletions followed by additions paired line by line, the longer side continuing alone.
     */
    public static List<SideBySideRow> sideBySide(Hunk hunk) {
        List<SideBySideRow> rows = new ArrayList<>();
        List<DiffLine> deleted = new ArrayList<>();
        List<DiffLine> added = new ArrayList<>();
        for (DiffLine line : hunk.lines()) {
            switch (line.kind()) {
                case DELETE -> {
                    if (!added.isEmpty()) {
                        pair(deleted, added, rows);
                    }
                    deleted.add(line);
                }
                case ADD -> added.add(line);
                case CONTEXT -> {
                    pair(deleted, added, rows);
                    rows.add(new SideBySideRow(Optional.of(line), Optional.of(line)));
                }
            }
        }
        pair(deleted, added, rows);
        return rows;
    }

    private static void pair(List<DiffLine> deleted, List<DiffLine> added, List<SideBySideRow> rows) {
        int n = Math.max(deleted.size(), added.size());
        for (int i = 0; i < n; i++) {
            rows.add(new SideBySideRow(
                    i < deleted.size() ? Optional.of(deleted.get(i)) : Optional.empty(),
                    i < added.size() ? Optional.of(added.get(i)) : Optional.empty()));
        }
        deleted.clear();
        added.clear();
    }
}
