package dev.steward.model.preview;

import dev.steward.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What loading the seeds produced: the tables (in file-name order), the problems found (CSV syntax,
 * rows of the wrong width, values that do not fit their column's type) and how long it took.
 * Immutable.
 */
public record SeedLoad(List<SeedTable> tables, List<Diagnostic> problems, Duration elapsed) {

    /** A CSV file that is not RFC 4180 (the table is not created). */
    public static final String RULE_CSV_SYNTAX = CsvFormatException.RULE;
    /** A row with more or fewer values than the header (the row is not loaded). */
    public static final String RULE_ROW_WIDTH = "seed-row-width";
    /** A value that does not fit the column's declared type (the row is not loaded). */
    public static final String RULE_TYPE_MISMATCH = "seed-type-mismatch";
    /** A seed column the matching contract does not declare (its type is inferred). */
    public static final String RULE_UNDECLARED_COLUMN = "seed-column-not-in-contract";
    /** A property of the matching contract that the seed has no column for. */
    public static final String RULE_MISSING_COLUMN = "seed-contract-column-missing";
    /** A seed file that cannot be read, or a table the database refused. */
    public static final String RULE_UNREADABLE = "seed-unreadable";

    public SeedLoad {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** Where a column's type came from. */
    public enum TypeSource { CONTRACT, INFERRED }

    /** One column of a loaded table. */
    public record SeedColumn(String name, ColumnType type, TypeSource source) {
    }

    /**
     * One loaded table. {@code rowCount} counts loaded rows; {@code rejectedRows} those left out
     * because of a problem reported in {@link SeedLoad#problems()}.
     */
    public record SeedTable(String name, Path file, long rowCount, long rejectedRows, List<SeedColumn> columns) {
        public SeedTable {
            columns = List.copyOf(columns);
        }

        public Optional<SeedColumn> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    public Optional<SeedTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
