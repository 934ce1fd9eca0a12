package dev.steward.model.preview;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The workspace's dbt seeds loaded into an in-memory H2 database: one table per {@code seeds/*.csv}
 * (table name = file name without {@code .csv}, column names = header names, both quoted so any
 * name works), typed by the workspace's ODCS contracts where they describe the seed and by
 * {@link ColumnTypeInference} elsewhere. Close it to free the memory.
 *
 * <p><b>Security.</b> Preview queries are user-written SQL, so they run over
 * {@link #queryConnection()}: a connection of a separate H2 user, {@value #QUERY_USER}, that is
 * not an administrator and is granted only {@code SELECT} on schema {@code PUBLIC}. H2 has no single
 * "no file access" switch, but every function and command that touches files or other databases
 * checks for admin rights: {@code FILE_READ}, {@code FILE_WRITE}, {@code CSVREAD}, {@code CSVWRITE},
 * {@code LINK_SCHEMA}, {@code RUNSCRIPT}, {@code SCRIPT}, {@code BACKUP}, {@code CREATE LINKED TABLE}
 * and {@code CREATE ALIAS} (Java code) all fail for that user with H2's "Admin rights are required"
 * error (tested). Without the grant of any other right the user cannot create, change or drop
 * tables either (H2 ignores {@link Connection#setReadOnly} for in-memory databases, so the
 * grants are what keeps the data unchanged; tested). The admin user that loads the data gets a
 * random password per database and its connection never leaves this class; the database name is a
 * random UUID, so no other code in the JVM can open it by guessing. Still open: a user query can
 * use a lot of CPU or memory (a cross join); callers should run it off the UI thread and cancel it
 * with {@link java.sql.Statement#cancel()} or {@link java.sql.Statement#setQueryTimeout(int)}.
 * Thread-safe for {@link #queryConnection()}; {@link #close()} once.
 */
public final class SeedDatabase implements AutoCloseable {

    /** The H2 user of {@link #queryConnection()}. */
    public static final String QUERY_USER = "PREVIEW";

    private static final String LOADER_USER = "STEWARD_LOADER";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String queryPassword;
    private final Connection admin;
    private final SeedLoad load;

    private SeedDatabase(String url, String queryPassword, Connection admin, SeedLoad load) {
        this.url = url;
        this.queryPassword = queryPassword;
        this.admin = admin;
        this.load = load;
    }

    /** Loads {@code workspaceRoot/seeds/*.csv}, typed by the ODCS contracts anywhere in the workspace. */
    public static SeedDatabase load(Path workspaceRoot) throws SQLException {
        return load(workspaceRoot.resolve("seeds"), ContractColumnTypes.scan(workspaceRoot));
    }

    /** Loads every {@code *.csv} directly in {@code seedsFolder}, in file-name order. */
    public static SeedDatabase load(Path seedsFolder, ContractColumnTypes contracts) throws SQLException {
        long start = System.nanoTime();
        String url = "jdbc:h2:mem:steward-seeds-" + UUID.randomUUID();
        String adminPassword = randomPassword();
        String queryPassword = randomPassword();
        // Settings in the URL are SET commands, which need admin rights: only the loader's URL has them.
        // Unquoted identifiers fold to lower case (as in PostgreSQL), so compiled metric SQL that names
        // seed columns without quotes ({@code customer_id}) finds the lower-case seed headers.
        Connection admin = DriverManager.getConnection(url + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE",
                LOADER_USER, adminPassword);
        try {
            try (Statement s = admin.createStatement()) {
                // Passwords are random hex, so the literal cannot break out of the quotes.
                s.execute("CREATE USER " + QUERY_USER + " PASSWORD '" + queryPassword + "'");
                s.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + QUERY_USER);
            }
            List<Diagnostic> problems = new ArrayList<>();
            List<SeedLoad.SeedTable> tables = new ArrayList<>();
            SeedTableLoader loader = new SeedTableLoader(admin, contracts);
            for (Path file : seedFiles(seedsFolder, problems)) {
                loader.load(file, problems).ifPresent(tables::add);
            }
            SeedLoad load = new SeedLoad(tables, problems, Duration.ofNanos(System.nanoTime() - start));
            return new SeedDatabase(url, queryPassword, admin, load);
        } catch (SQLException | RuntimeException e) {
            shutdown(admin);
            throw e;
        }
    }

    /** What was loaded, what was wrong, and how long it took. */
    public SeedLoad report() {
        return load;
    }

    /**
     * A new connection as {@value #QUERY_USER} (SELECT only, no file functions); the
     * caller closes it. See the class comment for what it can and cannot do.
     */
    public Connection queryConnection() throws SQLException {
        // IFEXISTS: once the database is gone (closed, or dropped by H2 after running out of memory) a
        // connection must fail, not create a new, empty database in which this user would be the admin.
        return DriverManager.getConnection(url + ";IFEXISTS=TRUE", QUERY_USER, queryPassword);
    }

    /**
     * The earliest and latest day found in any DATE or TIMESTAMP column of the loaded tables, or empty
     * when there is none (no seeds, or seeds without dates).
     */
    public synchronized java.util.Optional<DayRange> dateRange() throws SQLException {
        java.time.LocalDate first = null;
        java.time.LocalDate last = null;
        for (SeedLoad.SeedTable t : load.tables()) {
            for (SeedLoad.SeedColumn c : t.columns()) {
                if (!isTemporal(c.type().kind())) {
                    continue;
                }
                String column = SeedTableLoader.quote(c.name());
                try (Statement s = admin.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("SELECT CAST(MIN(" + column + ") AS DATE), CAST(MAX("
                             + column + ") AS DATE) FROM " + SeedTableLoader.quote(t.name()))) {
                    rs.next();
                    java.time.LocalDate min = rs.getObject(1, java.time.LocalDate.class);
                    java.time.LocalDate max = rs.getObject(2, java.time.LocalDate.class);
                    if (min != null) {
                        first = first == null || min.isBefore(first) ? min : first;
                        last = last == null || max.isAfter(last) ? max : last;
                    }
                }
            }
        }
        return first == null ? java.util.Optional.empty() : java.util.Optional.of(new DayRange(first, last));
    }

    /** An inclusive range of days. */
    public record DayRange(java.time.LocalDate first, java.time.LocalDate last) {
    }

    private static boolean isTemporal(ColumnType.Kind kind) {
        return kind == ColumnType.Kind.DATE || kind == ColumnType.Kind.TIMESTAMP || kind == ColumnType.Kind.TIMESTAMP_TZ;
    }

    /**
     * Creates (or replaces) a daily time spine table {@code table} with one DATE row per day in
     * {@code days}, in column {@code dayColumn}, readable by {@value #QUERY_USER}. It is not a seed and
     * does not appear in {@link #report()}.
     */
    public synchronized void createTimeSpine(String table, String dayColumn, DayRange days) throws SQLException {
        long count = java.time.temporal.ChronoUnit.DAYS.between(days.first(), days.last());
        if (count < 0) {
            throw new IllegalArgumentException("the time spine range ends before it starts: " + days);
        }
        try (Statement s = admin.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + SeedTableLoader.quote(table));
            // the dates are LocalDate.toString(), digits and dashes only
            s.execute("CREATE TABLE " + SeedTableLoader.quote(table) + " AS SELECT DATEADD(DAY, \"X\", DATE '" + days.first()
                    + "') AS " + SeedTableLoader.quote(dayColumn) + " FROM SYSTEM_RANGE(0, " + count + ")");
        }
        createIndex(table, dayColumn);
    }

    /**
     * Indexes {@code column} of {@code table} (a no-op when the index exists). H2 joins by nested loops, so
     * a join onto an unindexed key of a large seed costs rows times rows; with an index, a lookup per row.
     */
    public synchronized void createIndex(String table, String column) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS " + SeedTableLoader.quote("ix_" + table + "__" + column) + " ON "
                    + SeedTableLoader.quote(table) + " (" + SeedTableLoader.quote(column) + ")");
        }
    }

    /** Drops the database and closes every connection to it, including open query connections. */
    @Override
    public void close() {
        shutdown(admin);
    }

    private static void shutdown(Connection admin) {
        try (admin; Statement s = admin.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException alreadyClosed) {
            // nothing left to free
        }
    }

    private static List<Path> seedFiles(Path folder, List<Diagnostic> problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new Diagnostic(folder, SourceRange.START, Severity.INFO, SeedLoad.RULE_UNREADABLE,
                    "No seeds folder at " + folder + "; put CSV files in seeds/ to preview data"));
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && name.length() > 4 && !name.startsWith(".")
                        && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Diagnostic(folder, SourceRange.START, Severity.ERROR, SeedLoad.RULE_UNREADABLE,
                    "Cannot list the seeds folder " + folder + ": " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
