package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.preview.SeedLoad.SeedTable;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated 200,000-row seed loads completely (the time is printed, never asserted). */
class LargeSeedLoadTest {

    private static final int ROWS = 200_000;

    @Test
    void twoHundredThousandRowsLoad(@TempDir Path workspace) throws Exception {
        Path seeds = Files.createDirectories(workspace.resolve("seeds"));
        long expectedSum = 0;
        try (BufferedWriter out = Files.newBufferedWriter(seeds.resolve("events.csv"), StandardCharsets.UTF_8)) {
            out.write("event_id,user_id,amount,happened_on,happened_at,note,flag\r\n");
            for (int i = 1; i <= ROWS; i++) {
                long amountCents = (i * 37L) % 10_000;
                expectedSum += amountCents;
                out.write(i + "," + (i % 977) + "," + amountCents / 100 + "." + String.format("%02d", amountCents % 100) + ","
                        + "2024-" + String.format("%02d", i % 12 + 1) + "-" + String.format("%02d", i % 28 + 1) + ","
                        + "2024-01-01T" + String.format("%02d", i % 24) + ":00:00Z,"
                        + (i % 10 == 0 ? "\"comma, and \"\"quote\"\"\"" : (i % 7 == 0 ? "" : "note " + i)) + ","
                        + (i % 2 == 0) + "\r\n");
            }
        }
        try (SeedDatabase db = SeedDatabase.load(workspace)) {
            SeedLoad load = db.report();
            System.out.printf("Loaded %,d rows in %d ms%n", ROWS, load.elapsed().toMillis());
            assertEquals(List.of(), load.problems());
            SeedTable events = load.table("events").orElseThrow();
            assertEquals(ROWS, events.rowCount());
            assertEquals(List.of("INTEGER", "INTEGER", "DECIMAL(4,2)", "DATE", "TIMESTAMP(9) WITH TIME ZONE", "VARCHAR", "BOOLEAN"),
                    events.columns().stream().map(c -> c.type().sql()).toList());
            try (Connection c = db.queryConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(\"amount\" * 100), COUNT(\"note\"),"
                         + " COUNT(*) FILTER (WHERE \"note\" = 'comma, and \"quote\"') FROM \"events\"")) {
                rs.next();
                assertEquals(ROWS, rs.getLong(1));
                assertEquals(expectedSum, rs.getBigDecimal(2).longValueExact());
                long empty = java.util.stream.IntStream.rangeClosed(1, ROWS).filter(i -> i % 10 != 0 && i % 7 == 0).count();
                assertEquals(ROWS - empty, rs.getLong(3));
                assertEquals(ROWS / 10, rs.getLong(4));
            }
        }
    }
}
