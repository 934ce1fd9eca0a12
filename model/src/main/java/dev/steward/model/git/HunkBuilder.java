package dev.steward.model.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Turns two versions of a file into hunks with context, the way {@code git diff} groups them. */
final class HunkBuilder {

    static final int CONTEXT_LINES = 3;

    private static final DiffAlgorithm ALGORITHM =
            DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private HunkBuilder() {
    }

    /** The diff of two contents; either may be empty (added or deleted file). */
    static FileDiff diff(String oldPath, byte[] oldContent, String newPath, byte[] newContent) {
        return diff(oldPath, oldContent, newPath, newContent, CONTEXT_LINES);
    }

    /** The diff of two contents with {@code context} unchanged lines around each change. */
    static FileDiff diff(String oldPath, byte[] oldContent, String newPath, byte[] newContent, int context) {
        java.util.Optional<String> oldP = java.util.Optional.ofNullable(oldPath);
        java.util.Optional<String> newP = java.util.Optional.ofNullable(newPath);
        if (RawText.isBinary(oldContent) || RawText.isBinary(newContent)) {
            boolean same = java.util.Arrays.equals(oldContent, newContent);
            return new FileDiff(oldP, newP, List.of(), !same);
        }
        RawText a = new RawText(oldContent);
        RawText b = new RawText(newContent);
        EditList edits = ALGORITHM.diff(RawTextComparator.DEFAULT, a, b);
        return new FileDiff(oldP, newP, hunks(a, b, edits, context));
    }

    static List<Hunk> hunks(RawText a, RawText b, List<Edit> edits, int context) {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            int j = i;
            while (j + 1 < edits.size() && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * context) {
                j++;
            }
            Edit first = edits.get(i);
            Edit last = edits.get(j);
            int aStart = Math.max(0, first.getBeginA() - context);
            int bStart = Math.max(0, first.getBeginB() - context);
            int aEnd = Math.min(a.size(), last.getEndA() + context);
            int bEnd = Math.min(b.size(), last.getEndB() + context);
            List<DiffLine> lines = new ArrayList<>();
            int ca = aStart;
            int cb = bStart;
            for (int k = i; k <= j; k++) {
                Edit e = edits.get(k);
                while (ca < e.getBeginA()) {
                    lines.add(new DiffLine(DiffLine.Kind.CONTEXT, ca + 1, cb + 1, a.getString(ca)));
                    ca++;
                    cb++;
                }
                for (int x = e.getBeginA(); x < e.getEndA(); x++) {
                    lines.add(new DiffLine(DiffLine.Kind.DELETE, x + 1, 0, a.getString(x)));
                }
                for (int y = e.getBeginB(); y < e.getEndB(); y++) {
                    lines.add(new DiffLine(DiffLine.Kind.ADD, 0, y + 1, b.getString(y)));
                }
                ca = e.getEndA();
                cb = e.getEndB();
            }
            while (ca < aEnd) {
                lines.add(new DiffLine(DiffLine.Kind.CONTEXT, ca + 1, cb + 1, a.getString(ca)));
                ca++;
                cb++;
            }
            int oldCount = aEnd - aStart;
            int newCount = bEnd - bStart;
            hunks.add(new Hunk(oldCount == 0 ? aStart : aStart + 1, oldCount,
                    newCount == 0 ? bStart : bStart + 1, newCount, lines));
            i = j + 1;
        }
        return hunks;
    }
}
