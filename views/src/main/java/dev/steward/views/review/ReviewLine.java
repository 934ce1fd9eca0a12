package dev.steward.views.review;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.git.DiffLine;
import dev.steward.model.git.FileDiff;
import dev.steward.model.git.SideBySideRow;
import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row of the side-by-side text of a changed artifact: the base line on the left, the head line on
 * the right (either absent where the other side added or removed lines), and the semantic changes that
 * start on each side's line: the most severe one colours the margin marker, all their messages make
 * the tooltip. Rows hold the whole file, so selecting any change can scroll to its line.
 */
public record ReviewLine(
        Optional<DiffLine> left, Optional<DiffLine> right,
        Optional<ChangeSeverity> leftMark, Optional<ChangeSeverity> rightMark, List<String> notes) {

    public ReviewLine {
        notes = List.copyOf(notes);
    }

    /** The rows of {@code artifact}: base and head aligned line by line, marked where its changes are. */
    public static List<ReviewLine> of(ArtifactDiff artifact) {
        String baseText = artifact.base().map(ArtifactRevision::text).orElse("");
        String headText = artifact.head().map(ArtifactRevision::text).orElse("");
        FileDiff diff = FileDiff.wholeFile(artifact.base().map(ArtifactRevision::path).orElse(null), baseText,
                artifact.head().map(ArtifactRevision::path).orElse(null), headText);
        List<SideBySideRow> aligned = new ArrayList<>();
        if (diff.hunks().isEmpty()) {
            String[] lines = headText.split("\n", -1);
            int count = headText.endsWith("\n") ? lines.length - 1 : lines.length;
            for (int i = 0; i < count && !headText.isEmpty(); i++) {
                DiffLine same = new DiffLine(DiffLine.Kind.CONTEXT, i + 1, i + 1, lines[i].stripTrailing());
                aligned.add(new SideBySideRow(Optional.of(same), Optional.of(same)));
            }
        } else {
            diff.hunks().forEach(h -> aligned.addAll(FileDiff.sideBySide(h)));
        }
        List<ReviewLine> rows = new ArrayList<>(aligned.size());
        for (SideBySideRow row : aligned) {
            int baseLine = row.left().map(DiffLine::oldLineNo).orElse(0);
            int headLine = row.right().map(DiffLine::newLineNo).orElse(0);
            List<SemanticChange> onLeft = startingOn(artifact.changes(), baseLine, true);
            List<SemanticChange> onRight = startingOn(artifact.changes(), headLine, false);
            List<String> notes = new ArrayList<>();
            onLeft.forEach(c -> notes.add(note(c)));
            onRight.stream().filter(c -> !onLeft.contains(c)).forEach(c -> notes.add(note(c)));
            rows.add(new ReviewLine(row.left(), row.right(), worst(onLeft), worst(onRight), notes));
        }
        return rows;
    }

    /** The row to scroll to for {@code change}: its head line, else its base line; -1 when it has neither. */
    public static int rowOf(List<ReviewLine> rows, SemanticChange change) {
        Optional<Integer> head = change.headRange().map(SourceRange::startLine);
        Optional<Integer> base = change.baseRange().map(SourceRange::startLine);
        for (int i = 0; i < rows.size() && head.isPresent(); i++) {
            if (rows.get(i).right().map(DiffLine::newLineNo).orElse(0).equals(head.get())) {
                return i;
            }
        }
        for (int i = 0; i < rows.size() && base.isPresent(); i++) {
            if (rows.get(i).left().map(DiffLine::oldLineNo).orElse(0).equals(base.get())) {
                return i;
            }
        }
        return -1;
    }

    private static List<SemanticChange> startingOn(List<SemanticChange> changes, int line, boolean base) {
        if (line <= 0) {
            return List.of();
        }
        return changes.stream()
                .filter(c -> (base ? c.baseRange() : c.headRange()).map(r -> r.startLine() == line).orElse(false))
                .toList();
    }

    private static Optional<ChangeSeverity> worst(List<SemanticChange> changes) {
        return changes.stream().map(SemanticChange::severity).min(Comparator.naturalOrder());
    }

    private static String note(SemanticChange change) {
        return change.severity().id() + ": " + change.message();
    }
}
