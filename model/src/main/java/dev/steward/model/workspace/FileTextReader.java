package dev.steward.model.workspace;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a workspace file as strict UTF-8 (a leading byte-order mark is dropped). Never throws:
 * a missing, unreadable, oversized or non-UTF-8 file becomes a {@link Diagnostic} on line 1.
 */
public final class FileTextReader {

    public static final String RULE_MISSING = "file-missing";
    public static final String RULE_UNREADABLE = "file-unreadable";
    public static final String RULE_ENCODING = "file-encoding";
    public static final String RULE_TOO_LARGE = "yaml-too-large";

    /** Either the text, or the problem that prevented reading it. */
    public record Result(Path path, String text, Diagnostic problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final long maxBytes;

    public FileTextReader() {
        this((long) YamlLimits.DEFAULT.maxChars() * 4); // UTF-8 needs at most 4 bytes a char
    }

    public FileTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Result read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(file, RULE_TOO_LARGE, String.format(Locale.ROOT,
                        "File is %.1f MB; Steward refuses YAML files larger than %.1f MB",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(file, RULE_MISSING, "File not found: " + file);
        } catch (IOException | OutOfMemoryError e) {
            String why = e instanceof IOException io ? WorkspaceScanner.reason(io) : "not enough memory";
            return failed(file, RULE_UNREADABLE, "Cannot read " + file + ": " + why);
        }
        int start = hasBom(bytes) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new Result(file, text, null);
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes, start);
            return failed(file, RULE_ENCODING, "The file is not valid UTF-8 (first bad byte at offset " + at
                    + "); YAML files must be saved as UTF-8");
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static int firstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static Result failed(Path file, String rule, String message) {
        return new Result(file, null, new Diagnostic(file, SourceRange.START, Severity.ERROR, rule, message));
    }
}
