package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.preview.SeedLoad.SeedTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when seeds and contracts disagree or a seed is broken. */
class SeedLoadProblemsTest {

    private static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: shop-orders
            name: Orders
            version: 1.0.0
            status: active
            schema:
              - name: orders
                physicalType: table
                properties:
                  - name: order_id
                    logicalType: integer
                    physicalType: BIGINT
                  - name: status
                    logicalType: string
                    physicalType: VARCHAR(8)
                  - name: placed_on
                    logicalType: date
                  - name: region
                    physicalType: GEOGRAPHY
              - name: refunds
                physicalName: refund_lines
                properties:
                  - name: Amount
                    logicalType: number
            """;

    @TempDir
    Path workspace;

    private SeedLoad load(String seedName, String csv) throws Exception {
        Files.createDirectories(workspace.resolve("seeds"));
        Files.createDirectories(workspace.resolve("contracts"));
        Files.writeString(workspace.resolve("contracts/orders.odcs.yaml"), CONTRACT);
        Files.writeString(workspace.resolve("seeds").resolve(seedName + ".csv"), csv);
        try (SeedDatabase db = SeedDatabase.load(workspace)) {
            return db.report();
        }
    }

    private static List<Diagnostic> withRule(SeedLoad load, String rule) {
        return load.problems().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    @Test
    void valuesContradictingTheContractAreReportedWithTheirPositionAndNotLoaded() throws Exception {
        SeedLoad load = load("orders", """
                order_id,status,placed_on
                1,placed,2024-01-01
                2,delivered!,2024-01-02
                x3,placed,2024-01-03
                4,placed,2024-02-30
                5,placed,
                """);
        SeedTable orders = load.table("orders").orElseThrow();
        assertEquals(2, orders.rowCount());
        assertEquals(3, orders.rejectedRows());
        List<Diagnostic> mismatches = withRule(load, SeedLoad.RULE_TYPE_MISMATCH);
        assertEquals(3, mismatches.size(), mismatches.toString());
        Diagnostic tooLong = mismatches.get(0);
        assertEquals(3, tooLong.line());
        assertEquals(3, tooLong.column());
        assertEquals(Severity.ERROR, tooLong.severity());
        assertEquals(workspace.resolve("seeds/orders.csv"), tooLong.path());
        assertEquals("Line 3, column 3 ('status'): 'delivered!' is 10 characters long; VARCHAR(8) allows at most 8;"
                + " orders.odcs.yaml declares physicalType VARCHAR(8); the row is not loaded", tooLong.message());
        assertEquals("Line 4, column 1 ('order_id'): 'x3' is not a BIGINT (a whole number of at most 19 digits);"
                + " orders.odcs.yaml declares physicalType BIGINT; the row is not loaded", mismatches.get(1).message());
        assertEquals(5, mismatches.get(2).line());
        assertEquals(10, mismatches.get(2).column());
        assertTrue(mismatches.get(2).message().contains("'2024-02-30' is not a DATE (yyyy-MM-dd); orders.odcs.yaml declares"
                + " logicalType date"), mismatches.get(2).message());
    }

    @Test
    void contractPropertiesWithoutAColumnAndUnknownTypesAreMentioned() throws Exception {
        SeedLoad load = load("orders", "order_id,region,note\n1,EU,x\n");
        SeedTable orders = load.table("orders").orElseThrow();
        assertEquals("VARCHAR", orders.column("region").orElseThrow().type().sql());
        assertEquals(SeedLoad.TypeSource.INFERRED, orders.column("region").orElseThrow().source());
        assertEquals(List.of(
                "INFO seed-column-not-in-contract Column 'region': orders.odcs.yaml declares physicalType GEOGRAPHY,"
                        + " which the preview does not know; its type is inferred from the values",
                "WARNING seed-column-not-in-contract Column 'note' is not a property of schema object 'orders' in"
                        + " orders.odcs.yaml; its type is inferred from the values",
                "INFO seed-contract-column-missing Property 'status' of schema object 'orders' in orders.odcs.yaml"
                        + " has no column in this seed; queries using it cannot be previewed",
                "INFO seed-contract-column-missing Property 'placed_on' of schema object 'orders' in orders.odcs.yaml"
                        + " has no column in this seed; queries using it cannot be previewed"),
                load.problems().stream().map(d -> d.severity() + " " + d.rule() + " " + d.message()).toList());
    }

    @Test
    void theSameValuesWithoutAContractAreInferredAsText() throws Exception {
        SeedLoad load = load("orders_raw", "order_id,status\n1,placed\nx3,delivered!\n");
        SeedTable raw = load.table("orders_raw").orElseThrow();
        assertEquals(2, raw.rowCount());
        assertEquals("VARCHAR", raw.column("order_id").orElseThrow().type().sql());
        assertEquals(List.of(), load.problems());
    }

    @Test
    void physicalNamesAndCaseMatchAndAnUnboundedNumberKeepsItsDecimals() throws Exception {
        Files.createDirectories(workspace.resolve("seeds"));
        Files.writeString(workspace.resolve("seeds/REFUND_LINES.csv"), "amount\n1.25\n-0.001\n12345678901234567890.5\n");
        SeedLoad load = load("unrelated", "x\n1\n");
        SeedTable refunds = load.table("REFUND_LINES").orElseThrow();
        assertEquals(SeedLoad.TypeSource.CONTRACT, refunds.column("amount").orElseThrow().source());
        assertEquals(List.of(), load.problems());
        try (SeedDatabase db = SeedDatabase.load(workspace); Connection c = db.queryConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"amount\" FROM \"REFUND_LINES\" ORDER BY \"amount\"")) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getBigDecimal(1).toPlainString());
            }
            assertEquals(List.of("-0.001", "1.25", "12345678901234567890.5"), values);
        }
    }

    @Test
    void timestampsKeepNanosecondsAndTheirOffset() throws Exception {
        load("times", "local,zoned\n2024-01-05 10:34:00.123456789,2024-01-05T10:34:00.000000001+02:00\n");
        try (SeedDatabase db = SeedDatabase.load(workspace); Connection c = db.queryConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"times\"")) {
            rs.next();
            assertEquals(java.time.LocalDateTime.parse("2024-01-05T10:34:00.123456789"),
                    rs.getObject(1, java.time.LocalDateTime.class));
            assertEquals(java.time.OffsetDateTime.parse("2024-01-05T10:34:00.000000001+02:00"),
                    rs.getObject(2, java.time.OffsetDateTime.class));
        }
    }

    @Test
    void rowsOfTheWrongWidthAreReportedAndSkipped() throws Exception {
        SeedLoad load = load("widths", "a,b\n1,2\n3\n4,5,6\n7,8\n");
        assertEquals(2, load.table("widths").orElseThrow().rowCount());
        List<Diagnostic> width = withRule(load, SeedLoad.RULE_ROW_WIDTH);
        assertEquals(List.of(3, 4), width.stream().map(Diagnostic::line).toList());
        assertEquals("Line 3 has 1 values but the header names 2 columns; the row is not loaded", width.get(0).message());
    }

    @Test
    void aSyntaxErrorLeavesTheTableOutAndSaysWhere() throws Exception {
        SeedLoad load = load("broken", "a,b\n1,2\n3,\"open\n4,5\n");
        assertTrue(load.table("broken").isEmpty());
        Diagnostic syntax = withRule(load, SeedLoad.RULE_CSV_SYNTAX).getFirst();
        assertEquals(3, syntax.line());
        assertEquals(3, syntax.column());
        assertTrue(syntax.message().startsWith("Unclosed quote starting at line 3, column 3"), syntax.message());
        assertTrue(load.table("orders").isEmpty());
    }

    @Test
    void oddTableAndColumnNamesAreQuotedNotInjected() throws Exception {
        String name = "odd name; DROP TABLE x \"q\"";
        Files.createDirectories(workspace.resolve("seeds"));
        Files.writeString(workspace.resolve("seeds").resolve(name + ".csv"),
                "\"select\",\"with \"\"quote\"\"\",Ünïcode\n1,'); DROP TABLE y; --,é\n");
        try (SeedDatabase db = SeedDatabase.load(workspace);
             Connection c = db.queryConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"select\", \"with \"\"quote\"\"\", \"Ünïcode\" FROM \""
                     + name.replace("\"", "\"\"") + "\"")) {
            assertEquals(List.of(), db.report().problems());
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals("'); DROP TABLE y; --", rs.getString(2));
            assertEquals("é", rs.getString(3));
        }
    }

    @Test
    void aWorkspaceWithoutSeedsSaysSo() throws Exception {
        try (SeedDatabase db = SeedDatabase.load(workspace)) {
            assertEquals(List.of(), db.report().tables());
            assertEquals(Severity.INFO, db.report().problems().getFirst().severity());
            assertTrue(db.report().problems().getFirst().message().startsWith("No seeds folder"));
        }
    }
}
