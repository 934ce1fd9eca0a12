package dev.steward.model.preview;

import dev.steward.model.yaml.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams the records of an RFC 4180 CSV file, one {@link CsvRow} at a time, so a file of millions
 * of rows is never held in memory. Accepted: comma separators; values optionally enclosed in double
 * quotes, inside which commas, line breaks and doubled quotes ({@code ""}) are literal; CRLF, LF or CR
 * line ends; UTF-8 with or without a byte-order mark. The first record is the header and is
 * required: names are trimmed and must be non-empty and unique (ignoring case). Completely empty
 * lines are skipped. Anything else (a quote inside an unquoted value, text after a closing quote, an
 * unclosed quote, bytes that are not UTF-8) stops reading with a {@link CsvFormatException} that
 * names the line and column. Not thread-safe.
 */
public final class CsvReader implements AutoCloseable {

    /** A single value longer than this is refused (almost always an unclosed quote). */
    public static final int MAX_VALUE_CHARS = 1_000_000;

    private final Path path;
    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private int offset;
    private int line = 1;
    private int column = 1;
    private final List<String> header;
    private final CsvRow headerRow;

    /** Opens {@code file} (UTF-8) and reads its header. */
    public static CsvReader open(Path file) throws IOException, CsvFormatException {
        InputStream stream = Files.newInputStream(file);
        try {
            return new CsvReader(file, new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException | CsvFormatException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** Reads from {@code reader}; {@code path} is only used in messages (may be null). Reads the header. */
    public CsvReader(Path path, Reader reader) throws IOException, CsvFormatException {
        this.path = path;
        this.in = reader;
        if (peek() == '\uFEFF') {
            position++; // the byte-order mark is not part of the first name
        }
        CsvRow first = next();
        if (first == null) {
            throw error(line, column, "The file is empty; a header row naming the columns is required");
        }
        this.header = checkHeader(first);
        this.headerRow = first;
    }

    /** The header record as written (for the positions of the names). */
    public CsvRow headerRow() {
        return headerRow;
    }

    /** The column names of the header row, trimmed. */
    public List<String> header() {
        return header;
    }

    /** The next record, or {@code null} at the end of the file. */
    public CsvRow next() throws IOException, CsvFormatException {
        while (peek() == '\n' || peek() == '\r') {
            take(); // an empty line (CR LF is taken as two steps; the line count stays right)
        }
        if (peek() < 0) {
            return null;
        }
        int recordLine = line;
        List<String> values = new ArrayList<>();
        IntList offsets = new IntList();
        IntList lines = new IntList();
        IntList columns = new IntList();
        StringBuilder value = new StringBuilder();
        while (true) {
            offsets.add(offset);
            lines.add(line);
            columns.add(column);
            value.setLength(0);
            if (peek() == '"') {
                readQuoted(value);
            } else {
                readUnquoted(value);
            }
            values.add(value.toString());
            int c = peek();
            if (c == ',') {
                take();
                continue;
            }
            if (c == '\r') {
                take();
                if (peek() == '\n') {
                    take();
                }
            } else if (c == '\n') {
                take();
            }
            break;
        }
        return new CsvRow(recordLine, values.toArray(String[]::new), offsets.toArray(), lines.toArray(), columns.toArray());
    }

    private void readQuoted(StringBuilder value) throws IOException, CsvFormatException {
        int startLine = line;
        int startColumn = column;
        take();
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error(startLine, startColumn, "Unclosed quote starting at line " + startLine + ", column "
                        + startColumn + "; close the value with \" (write a quote inside a value as \"\")");
            }
            take();
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                take();
            }
            append(value, (char) c, startLine, startColumn);
        }
        int after = peek();
        if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
            throw error(line, column, "Unexpected " + describe(after) + " after the closing quote of the value that starts at line "
                    + startLine + ", column " + startColumn + "; a closing quote must be followed by a comma or the end of the line");
        }
    }

    private void readUnquoted(StringBuilder value) throws IOException, CsvFormatException {
        int startLine = line;
        int startColumn = column;
        while (true) {
            int c = peek();
            if (c < 0 || c == ',' || c == '\r' || c == '\n') {
                return;
            }
            if (c == '"') {
                throw error(line, column, "Quote inside a value that does not start with a quote; enclose the whole value in"
                        + " quotes and double the quote inside it (\"\")");
            }
            take();
            append(value, (char) c, startLine, startColumn);
        }
    }

    private void append(StringBuilder value, char c, int startLine, int startColumn) throws CsvFormatException {
        if (value.length() >= MAX_VALUE_CHARS) {
            throw error(startLine, startColumn, String.format(Locale.ROOT,
                    "The value starting at line %d, column %d is longer than %,d characters; is a quote left unclosed?",
                    startLine, startColumn, MAX_VALUE_CHARS));
        }
        value.append(c);
    }

    private List<String> checkHeader(CsvRow row) throws CsvFormatException {
        List<String> names = new ArrayList<>(row.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.value(i).strip();
            SourceRange at = row.range(i);
            if (name.isEmpty()) {
                throw error(at.startLine(), at.startColumn(), "Column " + (i + 1) + " of the header row has no name;"
                        + " every column needs a name");
            }
            Integer previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (previous != null) {
                throw error(at.startLine(), at.startColumn(), "Column name '" + name + "' appears twice in the header row"
                        + " (columns " + (previous + 1) + " and " + (i + 1) + "); column names must be unique");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static String describe(int c) {
        return Character.isWhitespace(c) ? "space" : "'" + (char) c + "'";
    }

    private int peek() throws IOException, CsvFormatException {
        if (position == limit) {
            fill();
        }
        return position < limit ? buffer[position] : -1;
    }

    private void fill() throws IOException, CsvFormatException {
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            position = 0;
            limit = Math.max(n, 0);
        } catch (CharacterCodingException e) {
            throw error(line, column, "The file is not valid UTF-8 near here; save it as UTF-8");
        }
    }

    private void take() throws IOException, CsvFormatException {
        char c = buffer[position++];
        offset++;
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private CsvFormatException error(int atLine, int atColumn, String problem) {
        return new CsvFormatException(path, new SourceRange(offset, offset, atLine, atColumn, atLine, atColumn), problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A growable int array, to keep per-value positions without boxing. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
