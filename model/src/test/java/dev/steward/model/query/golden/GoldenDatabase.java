package dev.steward.model.query.golden;

import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The MetricFlow corpus folder and databases holding its table snapshots. */
final class GoldenDatabase {

    private GoldenDatabase() {
    }

    /** {@code corpus/semantic/metricflow}; skips the test when the shared corpus is absent. */
    static Path metricflow() {
        return Corpus.require().resolve("semantic").resolve("metricflow");
    }

    /**
     * A fresh in-memory H2 database with every snapshot in {@link GoldenRunner#SCHEMA} ({@code value} and
     * {@code user} are column names there, not keywords). {@code postgresMode} is for check queries, written for
     * PostgreSQL-like engines ({@code GROUP BY 2} is a column number only in that mode); compiled queries run in
     * H2's own mode, as in the preview.
     */
    static Connection h2(Path metricflow, String name, boolean postgresMode) throws SQLException, IOException {
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name
                + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE,USER" + (postgresMode ? ";MODE=PostgreSQL" : ""));
        TableSnapshots.load(connection, GoldenRunner.SCHEMA, metricflow.resolve("source_table_snapshots"));
        return connection;
    }
}
