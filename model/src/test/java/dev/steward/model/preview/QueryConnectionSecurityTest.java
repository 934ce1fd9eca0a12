package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connection for user queries can read the seed tables and nothing else: no files, no writes. */
class QueryConnectionSecurityTest {

    @TempDir
    static Path workspace;

    private static SeedDatabase open() throws Exception {
        Files.createDirectories(workspace.resolve("seeds"));
        Files.writeString(workspace.resolve("seeds/things.csv"), "id,name\n1,a\n2,b\n");
        Files.writeString(workspace.resolve("secret.txt"), "top secret");
        return SeedDatabase.load(workspace);
    }

    private static String sqlPath(String name) {
        return workspace.resolve(name).toAbsolutePath().toString().replace("'", "''");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT FILE_READ('%secret.txt')",
            "SELECT * FROM CSVREAD('%secret.txt')",
            "CALL CSVWRITE('%out.csv', 'SELECT * FROM \"things\"')",
            "SELECT FILE_WRITE('x', '%out.txt')",
            "RUNSCRIPT FROM '%secret.txt'",
            "SCRIPT TO '%out.sql'",
            "BACKUP TO '%out.zip'",
            "CALL LINK_SCHEMA('L', '', 'jdbc:h2:mem:other', 'sa', '', 'PUBLIC')",
            "CREATE LINKED TABLE L('', 'jdbc:h2:mem:other', 'sa', '', 'T')",
            "CREATE ALIAS GETENV FOR 'java.lang.System.getenv(java.lang.String)'",
    })
    void fileAndCodeFunctionsNeedAdminRights(String template) throws Exception {
        try (SeedDatabase db = open(); Connection c = db.queryConnection(); Statement s = c.createStatement()) {
            String sql = template.replace("%", sqlPath("") + "/");
            SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
            assertTrue(e.getMessage().startsWith("Admin rights are required"), sql + " -> " + e.getMessage());
        }
        assertFalse(Files.exists(workspace.resolve("out.csv")));
        assertFalse(Files.exists(workspace.resolve("out.txt")));
        assertFalse(Files.exists(workspace.resolve("out.sql")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO \"things\" VALUES (3, 'c')",
            "DELETE FROM \"things\"",
            "DROP TABLE \"things\"",
            "CREATE TABLE sneaky(x INT)",
    })
    void tablesCannotBeChanged(String sql) throws Exception {
        try (SeedDatabase db = open()) {
            try (Connection c = db.queryConnection(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.execute(sql), sql);
            }
            try (Connection c = db.queryConnection()) {
                assertEquals(2, SeedDatabaseTest.count(c, "SELECT COUNT(*) FROM \"things\""));
            }
        }
    }

    @Test
    void theSameAdminFunctionsWorkForTheLoaderSoTheRefusalIsAboutRights() throws Exception {
        // Sanity check of the oracle above: H2 itself can read the file, only the query user may not.
        Files.writeString(workspace.resolve("secret.txt"), "top secret");
        try (Connection admin = java.sql.DriverManager.getConnection("jdbc:h2:mem:security-oracle", "sa", "");
             Statement s = admin.createStatement();
             var rs = s.executeQuery("SELECT CAST(FILE_READ('" + sqlPath("secret.txt") + "', NULL) AS VARCHAR)")) {
            assertTrue(rs.next());
            assertEquals("top secret", rs.getString(1));
        }
    }

    @Test
    void queryConnectionReadsAndClosingTheDatabaseEndsIt() throws Exception {
        Connection c;
        try (SeedDatabase db = open()) {
            c = db.queryConnection();
            assertEquals(2, SeedDatabaseTest.count(c, "SELECT COUNT(*) FROM \"things\""));
        }
        assertThrows(SQLException.class, () -> SeedDatabaseTest.count(c, "SELECT COUNT(*) FROM \"things\""));
        c.close();
    }

    @Test
    void aClosedDatabaseIsNotRecreatedEmptyWithTheQueryUserAsAdmin() throws Exception {
        SeedDatabase db = open();
        db.close();
        SQLException e = assertThrows(SQLException.class, db::queryConnection);
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
}
