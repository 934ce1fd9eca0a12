package dev.steward.model.git;

import java.util.Optional;

/**
 * One row of a side-by-side diff: the old line on the left, the new one on the right. A row with
 * only one side shows a pure deletion or addition; a row with a DELETE left and an ADD right shows
 * a changed line.
 */
public record SideBySideRow(Optional<DiffLine> left, Optional<DiffLine> right) {
}
