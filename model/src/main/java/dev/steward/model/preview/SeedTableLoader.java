package dev.steward.model.preview;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.preview.ContractColumnTypes.DeclaredColumn;
import dev.steward.model.preview.ContractColumnTypes.DeclaredTable;
import dev.steward.model.preview.SeedLoad.SeedColumn;
import dev.steward.model.preview.SeedLoad.SeedTable;
import dev.steward.model.preview.SeedLoad.TypeSource;
import dev.steward.model.yaml.SourceRange;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads one seed file into one table over the admin connection: infers the undeclared column types
 * in a first streaming pass (skipped when the contract declares every column), creates the table,
 * then inserts the rows in a second pass with batched prepared statements. Rows of the wrong width
 * or with a value that does not fit are reported and left out; a CSV syntax error or a database
 * error drops the whole table. At most {@link #MAX_PROBLEMS_PER_FILE} problems are listed per file.
 */
final class SeedTableLoader {

    static final int BATCH_SIZE = 1000;
    static final int MAX_PROBLEMS_PER_FILE = 50;

    private final Connection admin;
    private final ContractColumnTypes contracts;

    SeedTableLoader(Connection admin, ContractColumnTypes contracts) {
        this.admin = admin;
        this.contracts = contracts;
    }

    Optional<SeedTable> load(Path file, List<Diagnostic> problems) {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - ".csv".length());
        Problems found = new Problems(file, problems);
        boolean created = false;
        try {
            List<SeedColumn> columns = columns(name, file, found);
            admin.setAutoCommit(false);
            try (Statement create = admin.createStatement()) {
                create.execute(createTable(name, columns));
            }
            created = true;
            long[] counts = insertRows(name, file, columns, found);
            admin.commit();
            found.finish();
            return Optional.of(new SeedTable(name, file, counts[0], counts[1], columns));
        } catch (CsvFormatException e) {
            problems.add(e.toDiagnostic());
        } catch (IOException e) {
            problems.add(found.at(SourceRange.START, Severity.ERROR, SeedLoad.RULE_UNREADABLE,
                    "Cannot read the seed: " + reason(e)));
        } catch (SQLException e) {
            problems.add(found.at(SourceRange.START, Severity.ERROR, SeedLoad.RULE_UNREADABLE,
                    "The preview database refused table '" + name + "': " + e.getMessage()));
        }
        dropQuietly(name, created);
        return Optional.empty();
    }

    private List<SeedColumn> columns(String table, Path file, Problems found) throws IOException, CsvFormatException {
        Optional<DeclaredTable> declared = contracts.table(table);
        try (CsvReader reader = CsvReader.open(file)) {
            List<String> header = reader.header();
            List<SeedColumn> columns = new ArrayList<>();
            List<ColumnTypeInference> inferences = new ArrayList<>();
            boolean anyInferred = false;
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                Optional<DeclaredColumn> d = declared.flatMap(t -> t.column(column));
                if (d.isPresent() && d.get().type().isPresent()) {
                    columns.add(new SeedColumn(column, d.get().type().get(), TypeSource.CONTRACT));
                    inferences.add(null);
                    continue;
                }
                anyInferred = true;
                inferences.add(new ColumnTypeInference());
                columns.add(null);
                if (d.isPresent()) {
                    found.add(reader.headerRow().range(i), Severity.INFO, SeedLoad.RULE_UNDECLARED_COLUMN,
                            "Column '" + column + "': " + d.get().contract().getFileName() + " declares " + d.get().declaration()
                                    + ", which the preview does not know; its type is inferred from the values");
                } else if (declared.isPresent()) {
                    found.add(reader.headerRow().range(i), Severity.WARNING, SeedLoad.RULE_UNDECLARED_COLUMN,
                            "Column '" + column + "' is not a property of schema object '" + declared.get().name()
                                    + "' in " + declared.get().contract().getFileName() + "; its type is inferred from the values");
                }
            }
            declared.ifPresent(t -> reportMissing(t, header, found));
            if (anyInferred) {
                for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                    for (int i = 0; i < Math.min(row.size(), header.size()); i++) {
                        if (inferences.get(i) != null && row.size() == header.size()) {
                            inferences.get(i).accept(row.value(i));
                        }
                    }
                }
            }
            for (int i = 0; i < header.size(); i++) {
                if (columns.get(i) == null) {
                    columns.set(i, new SeedColumn(header.get(i), inferences.get(i).result(), TypeSource.INFERRED));
                }
            }
            return columns;
        }
    }

    /** Contract properties the seed has no column for: metrics over them cannot be previewed. */
    private static void reportMissing(DeclaredTable table, List<String> header, Problems found) {
        for (DeclaredColumn c : table.columns()) {
            if (header.stream().noneMatch(h -> h.equalsIgnoreCase(c.name()))) {
                found.add(SourceRange.START, Severity.INFO, SeedLoad.RULE_MISSING_COLUMN, "Property '" + c.name()
                        + "' of schema object '" + table.name() + "' in " + c.contract().getFileName()
                        + " has no column in this seed; queries using it cannot be previewed");
            }
        }
    }

    /** Returns {loaded, rejected}. */
    private long[] insertRows(String table, Path file, List<SeedColumn> columns, Problems found)
            throws IOException, CsvFormatException, SQLException {
        long loaded = 0;
        long rejected = 0;
        Optional<DeclaredTable> declared = contracts.table(table);
        try (CsvReader reader = CsvReader.open(file);
             PreparedStatement insert = admin.prepareStatement(insert(table, columns))) {
            int pending = 0;
            Object[] values = new Object[columns.size()];
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                if (row.size() != columns.size()) {
                    rejected++;
                    found.add(row.range(0), Severity.ERROR, SeedLoad.RULE_ROW_WIDTH, String.format(Locale.ROOT,
                            "Line %d has %d values but the header names %d columns; the row is not loaded",
                            row.line(), row.size(), columns.size()));
                    continue;
                }
                if (!convert(row, columns, declared, values, found)) {
                    rejected++;
                    continue;
                }
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
                loaded++;
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return new long[] {loaded, rejected};
    }

    private static boolean convert(CsvRow row, List<SeedColumn> columns, Optional<DeclaredTable> declared,
                                   Object[] values, Problems found) {
        boolean fits = true;
        for (int i = 0; i < values.length; i++) {
            String text = row.value(i);
            SeedColumn column = columns.get(i);
            try {
                values[i] = text.isEmpty() ? null : column.type().convert(text);
            } catch (IllegalArgumentException e) {
                fits = false;
                String source = column.source() == TypeSource.CONTRACT
                        ? declared.map(t -> t.column(column.name()).map(c -> "; " + c.contract().getFileName()
                                + " declares " + c.declaration()).orElse("")).orElse("")
                        : "";
                SourceRange at = row.range(i);
                found.add(at, Severity.ERROR, SeedLoad.RULE_TYPE_MISMATCH, String.format(Locale.ROOT,
                        "Line %d, column %d ('%s'): %s%s; the row is not loaded",
                        at.startLine(), at.startColumn(), column.name(), e.getMessage(), source));
            }
        }
        return fits;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String createTable(String table, List<SeedColumn> columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table)).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i).name())).append(' ').append(columns.get(i).type().sql());
        }
        return sql.append(')').toString();
    }

    private static String insert(String table, List<SeedColumn> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i).name()));
            marks.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") VALUES (").append(marks).append(')').toString();
    }

    private void dropQuietly(String table, boolean created) {
        try {
            admin.rollback();
            if (created) {
                try (Statement drop = admin.createStatement()) {
                    drop.execute("DROP TABLE IF EXISTS " + quote(table));
                }
                admin.commit();
            }
        } catch (SQLException ignored) {
            // the load already failed and was reported; a table left behind is harmless in a preview
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Collects one file's problems, listing at most {@link #MAX_PROBLEMS_PER_FILE}. */
    private static final class Problems {
        private final Path file;
        private final List<Diagnostic> sink;
        private int listed;
        private int unlisted;

        Problems(Path file, List<Diagnostic> sink) {
            this.file = file;
            this.sink = sink;
        }

        Diagnostic at(SourceRange range, Severity severity, String rule, String message) {
            return new Diagnostic(file, range, severity, rule, message);
        }

        void add(SourceRange range, Severity severity, String rule, String message) {
            if (listed < MAX_PROBLEMS_PER_FILE) {
                listed++;
                sink.add(at(range, severity, rule, message));
            } else {
                unlisted++;
            }
        }

        void finish() {
            if (unlisted > 0) {
                sink.add(at(SourceRange.START, Severity.INFO, SeedLoad.RULE_TYPE_MISMATCH, String.format(Locale.ROOT,
                        "%,d more problems in this file are not listed (the first %d are)", unlisted, MAX_PROBLEMS_PER_FILE)));
            }
        }
    }
}
