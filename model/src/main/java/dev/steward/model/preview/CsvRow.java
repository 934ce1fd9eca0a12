package dev.steward.model.preview;

import dev.steward.model.yaml.SourceRange;
import java.util.Arrays;
import java.util.List;

/**
 * One record of a CSV file: its values (quotes removed, {@code ""} unescaped) and where each value
 * starts. {@code line} is the 1-based line the record starts on (a record spans several lines when
 * a quoted value contains line breaks). Immutable.
 */
public final class CsvRow {

    private final int line;
    private final String[] values;
    private final int[] offsets;
    private final int[] lines;
    private final int[] columns;

    CsvRow(int line, String[] values, int[] offsets, int[] lines, int[] columns) {
        this.line = line;
        this.values = values;
        this.offsets = offsets;
        this.lines = lines;
        this.columns = columns;
    }

    public int line() {
        return line;
    }

    public int size() {
        return values.length;
    }

    public String value(int index) {
        return values[index];
    }

    public List<String> values() {
        return List.of(values);
    }

    /** Where value {@code index} starts (its opening quote, for a quoted value) and ends. */
    public SourceRange range(int index) {
        int end = offsets[index] + Math.max(values[index].length(), 0);
        return new SourceRange(offsets[index], end, lines[index], columns[index], lines[index],
                columns[index] + values[index].length());
    }

    @Override
    public String toString() {
        return line + ":" + Arrays.toString(values);
    }
}
