package dev.steward.model.git;

import java.util.List;

/**
 * A run of changes with its surrounding context. Starts are 1-based; a count of 0 means the side
 * is empty (its start is then the line after which the other side's lines go, as in unified diffs).
 */
public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<DiffLine> lines) {

    public Hunk {
        lines = List.copyOf(lines);
    }

    /** {@code @@ -oldStart,oldCount +newStart,newCount @@}. */
    public String header() {
        return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
    }
}
