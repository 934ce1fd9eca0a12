package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static final Path FILE = Path.of("seeds/things.csv");

    private static List<List<String>> rows(String text) throws IOException, CsvFormatException {
        try (CsvReader reader = new CsvReader(FILE, new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.values());
            }
            return rows;
        }
    }

    private static CsvFormatException failure(String text) {
        return assertThrows(CsvFormatException.class, () -> rows(text));
    }

    @Test
    void plainRowsWithLfAndCrlfAndNoFinalLineBreak() throws Exception {
        assertEquals(List.of(List.of("1", "a"), List.of("2", "b")), rows("id,name\n1,a\r\n2,b"));
        assertEquals(List.of(List.of("1", "a")), rows("id,name\r\n1,a\r\n"));
        assertEquals(List.of(List.of("1", "a"), List.of("2", "b")), rows("id,name\r1,a\r2,b\r"));
    }

    @Test
    void quotedValuesKeepCommasLineBreaksAndDoubledQuotes() throws Exception {
        List<List<String>> rows = rows("id,text\n1,\"a, b\"\n2,\"line one\r\nline two\"\n3,\"say \"\"hi\"\"\"\n4,\"\"\n");
        assertEquals(List.of("1", "a, b"), rows.get(0));
        assertEquals(List.of("2", "line one\r\nline two"), rows.get(1));
        assertEquals(List.of("3", "say \"hi\""), rows.get(2));
        assertEquals(List.of("4", ""), rows.get(3));
    }

    @Test
    void recordLineAndValuePositionsCountEmbeddedLineBreaks() throws Exception {
        try (CsvReader reader = new CsvReader(FILE, new StringReader("a,b\n\"x\ny\",1\nz,2\n"))) {
            CsvRow first = reader.next();
            CsvRow second = reader.next();
            assertEquals(2, first.line());
            assertEquals(4, second.line());
            assertEquals(4, second.range(1).startLine());
            assertEquals(3, second.range(1).startColumn());
            assertNull(reader.next());
        }
    }

    @Test
    void emptyValuesAndEmptyLines() throws Exception {
        assertEquals(List.of(List.of("", "", ""), List.of("1", "", "3")), rows("a,b,c\n,,\n\n1,,3\n\n"));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFid,name\n1,Malmö\n").getBytes(StandardCharsets.UTF_8));
        try (CsvReader reader = CsvReader.open(file)) {
            assertEquals(List.of("id", "name"), reader.header());
            assertEquals(List.of("1", "Malmö"), reader.next().values());
        }
    }

    @Test
    void headerIsRequiredAndItsNamesUniqueAndNonEmpty() {
        assertTrue(failure("").getMessage().contains("header row"));
        CsvFormatException duplicate = failure("id,ID\n1,2\n");
        assertTrue(duplicate.problem().contains("'ID' appears twice"), duplicate.getMessage());
        assertEquals(1, duplicate.line());
        assertEquals(4, duplicate.column());
        assertTrue(failure("id,,x\n").problem().contains("Column 2 of the header row has no name"));
    }

    @Test
    void unclosedQuoteNamesWhereItStarts() {
        CsvFormatException e = failure("id,text\n1,ok\n2,\"never closed\n3,x\n");
        assertEquals("Unclosed quote starting at line 3, column 3; close the value with \" (write a quote inside a value as \"\")",
                e.problem());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("things.csv:3:3: "), e.getMessage());
        assertEquals(CsvFormatException.RULE, e.toDiagnostic().rule());
    }

    @Test
    void textAfterClosingQuoteAndQuoteInUnquotedValueAreRefused() {
        CsvFormatException after = failure("a,b\n\"x\"y,1\n");
        assertEquals(2, after.line());
        assertEquals(4, after.column());
        assertTrue(after.problem().startsWith("Unexpected 'y' after the closing quote"), after.problem());
        CsvFormatException inside = failure("a,b\n1,ab\"c\n");
        assertEquals(5, inside.column());
        assertTrue(inside.problem().startsWith("Quote inside a value"), inside.problem());
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,city\n1,Malm\u00f6\n".getBytes(StandardCharsets.ISO_8859_1));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> {
            try (CsvReader reader = CsvReader.open(file)) {
                while (reader.next() != null) {
                    // read to the end
                }
            }
        });
        assertTrue(e.problem().contains("not valid UTF-8"), e.problem());
    }

    @Test
    void rowsAreStreamedNotHeld() throws Exception {
        // A reader over an endless source still returns its first rows.
        java.io.Reader endless = new java.io.Reader() {
            private long n;

            @Override
            public int read(char[] cbuf, int off, int len) {
                for (int i = 0; i < len; i++) {
                    cbuf[off + i] = n++ < 4 ? "a,b\n".charAt((int) n - 1) : "1,2\n".charAt((int) ((n - 1) % 4));
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        try (CsvReader reader = new CsvReader(FILE, endless)) {
            assertEquals(List.of("a", "b"), reader.header());
            assertEquals(List.of("1", "2"), reader.next().values());
            assertEquals(List.of("1", "2"), reader.next().values());
        }
    }
}
