package dev.steward.views.editor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits one line of YAML into highlighting tokens. Lines are lexed one at a time with a small
 * carried state so that the editor can restyle only the lines that changed: the state is
 * {@link #PLAIN} or, inside a block scalar ({@code key: |}), the indentation of the node that
 * owns the scalar. Lines longer than {@link #MAX_STYLED_CHARS} or with more than
 * {@link #MAX_TOKENS} tokens are styled up to the cap and the rest is left plain, because
 * RichTextFX slows down badly with thousands of spans in one paragraph.
 */
final class YamlLexer {

    /** Outside any block scalar. */
    static final int PLAIN = -1;
    static final int MAX_STYLED_CHARS = 2_000;
    static final int MAX_TOKENS = 200;

    static final String KEY = "yaml-key";
    static final String STRING = "yaml-string";
    static final String NUMBER = "yaml-number";
    static final String BOOLEAN = "yaml-boolean";
    static final String NULL = "yaml-null";
    static final String COMMENT = "yaml-comment";
    static final String ANCHOR = "yaml-anchor";
    static final String ALIAS = "yaml-alias";
    static final String TAG = "yaml-tag";
    static final String DASH = "yaml-dash";
    static final String DOCUMENT = "yaml-document";
    static final String PUNCTUATION = "yaml-punctuation";
    static final String BLOCK_INDICATOR = "yaml-block-indicator";

    /** Receives the tokens of a line in order; {@code styleClass} is null for unstyled text. */
    interface TokenSink {
        void token(String styleClass, int length);
    }

    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off");
    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    /** Lexes {@code line} (without its line break) starting in {@code state}; returns the state for the next line. */
    int lex(String line, int state, TokenSink sink) {
        var out = new CappedSink(sink, line.length());
        int next = lexLine(line, state, out);
        out.finish();
        return next;
    }

    private int lexLine(String line, int state, CappedSink out) {
        int len = line.length();
        int indent = 0;
        while (indent < len && line.charAt(indent) == ' ') {
            indent++;
        }
        boolean blank = indent == len;
        if (state != PLAIN) {
            if (blank) {
                out.add(null, len);
                return state;
            }
            if (indent > state) {
                out.add(null, indent);
                out.add(STRING, len - indent);
                return state;
            }
        }
        if (blank) {
            out.add(null, len);
            return PLAIN;
        }
        if (indent == 0 && (line.startsWith("---") || line.startsWith("...")) && (len == 3 || line.charAt(3) == ' ')) {
            out.add(DOCUMENT, 3);
            return lexValue(line, 3, 0, out);
        }
        if (indent == 0 && line.charAt(0) == '%') {
            out.add(DOCUMENT, len);
            return PLAIN;
        }
        out.add(null, indent);
        int pos = indent;
        int nodeIndent = indent;
        while (pos < len && line.charAt(pos) == '-' && (pos + 1 == len || line.charAt(pos + 1) == ' ')) {
            nodeIndent = pos;
            out.add(DASH, 1);
            pos = skipSpaces(line, pos + 1, out);
        }
        if (pos < len && line.charAt(pos) != '#') {
            int colon = keyColon(line, pos);
            if (colon >= 0) {
                int keyEnd = colon;
                while (keyEnd > pos && line.charAt(keyEnd - 1) == ' ') {
                    keyEnd--;
                }
                out.add(KEY, keyEnd - pos);
                out.add(null, colon - keyEnd);
                out.add(PUNCTUATION, 1);
                nodeIndent = pos;
                pos = colon + 1;
            }
        }
        return lexValue(line, pos, nodeIndent, out);
    }

    /** Index of the ':' that ends a block mapping key starting at {@code pos}, or -1 if the line holds no key there. */
    private static int keyColon(String line, int pos) {
        int len = line.length();
        char first = line.charAt(pos);
        int i = pos;
        if (first == '"' || first == '\'') {
            i = quoteEnd(line, pos);
            while (i < len && line.charAt(i) == ' ') {
                i++;
            }
            return i < len && line.charAt(i) == ':' && isValueBoundary(line, i + 1) ? i : -1;
        }
        if ("[{&*!|>%@`".indexOf(first) >= 0) {
            return -1;
        }
        for (; i < len; i++) {
            char c = line.charAt(i);
            if (c == ':' && isValueBoundary(line, i + 1)) {
                return i;
            }
            if (c == '#' && line.charAt(i - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isValueBoundary(String line, int i) {
        return i >= line.length() || line.charAt(i) == ' ';
    }

    private int lexValue(String line, int from, int nodeIndent, CappedSink out) {
        int len = line.length();
        int pos = from;
        int flowDepth = 0;
        while (pos < len) {
            char c = line.charAt(pos);
            if (c == ' ') {
                pos = skipSpaces(line, pos, out);
            } else if (c == '#' && (pos == 0 || line.charAt(pos - 1) == ' ')) {
                out.add(COMMENT, len - pos);
                pos = len;
            } else if (c == '&' || c == '*' || c == '!') {
                int end = wordEnd(line, pos, flowDepth > 0);
                out.add(c == '&' ? ANCHOR : c == '*' ? ALIAS : TAG, end - pos);
                pos = end;
            } else if ((c == '|' || c == '>') && flowDepth == 0 && isBlockHeader(line, pos)) {
                int end = wordEnd(line, pos, false);
                out.add(BLOCK_INDICATOR, end - pos);
                lexTrailingComment(line, end, out);
                return nodeIndent;
            } else if (c == '"' || c == '\'') {
                int end = quoteEnd(line, pos);
                out.add(STRING, end - pos);
                pos = end;
            } else if (c == '[' || c == '{' || c == ']' || c == '}' || c == ',') {
                flowDepth = Math.max(0, flowDepth + (c == '[' || c == '{' ? 1 : c == ',' ? 0 : -1));
                out.add(PUNCTUATION, 1);
                pos++;
            } else if (c == ':' && isValueBoundary(line, pos + 1)) {
                out.add(PUNCTUATION, 1);
                pos++;
            } else {
                pos = lexPlainScalar(line, pos, flowDepth > 0, out);
            }
        }
        return PLAIN;
    }

    private static void lexTrailingComment(String line, int pos, CappedSink out) {
        int len = line.length();
        int p = skipSpaces(line, pos, out);
        if (p < len) {
            out.add(line.charAt(p) == '#' ? COMMENT : null, len - p);
        }
    }

    private static boolean isBlockHeader(String line, int pos) {
        int i = pos + 1;
        while (i < line.length() && "+-0123456789".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i == line.length() || line.charAt(i) == ' ';
    }

    private int lexPlainScalar(String line, int pos, boolean inFlow, CappedSink out) {
        int len = line.length();
        int end = pos;
        while (end < len) {
            char c = line.charAt(end);
            if (c == '#' && end > pos && line.charAt(end - 1) == ' ') {
                break;
            }
            if (c == ':' && (isValueBoundary(line, end + 1) || (inFlow && ",]}".indexOf(line.charAt(end + 1)) >= 0))) {
                break;
            }
            if (inFlow && ",[]{}".indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        int trimmed = end;
        while (trimmed > pos && line.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        boolean isKey = end < len && line.charAt(end) == ':';
        out.add(isKey ? KEY : classify(line.substring(pos, trimmed)), trimmed - pos);
        out.add(null, end - trimmed);
        return end;
    }

    /** Style class of a plain (unquoted) scalar value under YAML 1.1 resolution. */
    static String classify(String scalar) {
        if (scalar.equals("~") || scalar.equalsIgnoreCase("null")) {
            return NULL;
        }
        if (BOOLEANS.contains(scalar.toLowerCase(Locale.ROOT))) {
            return BOOLEAN;
        }
        return NUMBER_PATTERN.matcher(scalar).matches() ? NUMBER : STRING;
    }

    private static int quoteEnd(String line, int pos) {
        char quote = line.charAt(pos);
        int len = line.length();
        int i = pos + 1;
        while (i < len) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < len && line.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return len;
    }

    private static int wordEnd(String line, int pos, boolean inFlow) {
        int i = pos + 1;
        while (i < line.length() && line.charAt(i) != ' ' && !(inFlow && ",[]{}".indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String line, int pos, CappedSink out) {
        int i = pos;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        out.add(null, i - pos);
        return i;
    }

    /** Forwards tokens, merging unstyled runs, until the char or token cap; the rest becomes one plain token. */
    private static final class CappedSink {
        private final TokenSink sink;
        private final int lineLength;
        private int emitted;
        private int tokens;
        private int pendingPlain;

        CappedSink(TokenSink sink, int lineLength) {
            this.sink = sink;
            this.lineLength = lineLength;
        }

        void add(String styleClass, int length) {
            if (length <= 0) {
                return;
            }
            int room = Math.min(lineLength, MAX_STYLED_CHARS) - emitted - pendingPlain;
            if (room <= 0 || tokens >= MAX_TOKENS) {
                return;
            }
            int n = Math.min(length, room);
            if (styleClass == null) {
                pendingPlain += n;
                return;
            }
            flushPlain();
            sink.token(styleClass, n);
            emitted += n;
            tokens++;
        }

        private void flushPlain() {
            if (pendingPlain > 0) {
                sink.token(null, pendingPlain);
                emitted += pendingPlain;
                pendingPlain = 0;
                tokens++;
            }
        }

        void finish() {
            flushPlain();
            if (emitted < lineLength) {
                sink.token(null, lineLength - emitted);
            }
        }
    }
}
