package dev.steward.model.yaml.edit;

import dev.steward.model.yaml.YamlScalar;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes one scalar as YAML source. Strings keep the requested style when that style can hold
 * them, and are quoted when a plain scalar would read back as something else under YAML 1.1
 * (yes/no/on/off, null, ~, numbers, dates) or would not parse (indicators, {@code ": "}, {@code " #"}).
 */
final class ScalarText {
    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private final String nl;
    private final YamlScalar.Style quote;

    /**
     * @param nl    the line separator of the document
     * @param quote the quotes the document mostly uses, for plain values that must be quoted
     */
    ScalarText(String nl, YamlScalar.Style quote) {
        this.nl = nl;
        this.quote = quote == YamlScalar.Style.DOUBLE_QUOTED ? quote : YamlScalar.Style.SINGLE_QUOTED;
    }

    /**
     * @param preferred     the style of the scalar being replaced, or null
     * @param contentIndent spaces before each content line of a block scalar
     * @param flow          true inside {@code [...]} or {@code {...}}, where block scalars are impossible
     */
    String render(YamlValue.Scalar value, YamlScalar.Style preferred, int contentIndent, boolean flow) {
        if (value.kind() != YamlValue.Kind.STRING) {
            return value.text();
        }
        String s = value.text();
        YamlScalar.Style style = preferred == null ? YamlScalar.Style.PLAIN : preferred;
        boolean multiLine = s.indexOf('\n') >= 0;
        if (!flow && (multiLine || style == YamlScalar.Style.LITERAL || style == YamlScalar.Style.FOLDED) && literalFits(s)) {
            return literal(s, !multiLine && style == YamlScalar.Style.FOLDED, contentIndent);
        }
        if (style == YamlScalar.Style.DOUBLE_QUOTED || !printable(s) || multiLine) {
            return doubleQuoted(s);
        }
        if (style == YamlScalar.Style.SINGLE_QUOTED) {
            return singleQuoted(s);
        }
        if (!plainSafe(s, flow)) {
            return quote == YamlScalar.Style.DOUBLE_QUOTED ? doubleQuoted(s) : singleQuoted(s);
        }
        return s;
    }

    /** A mapping key: plain when safe, otherwise quoted in the requested (or single) style. */
    String key(String key, YamlScalar.Style preferred) {
        YamlScalar.Style style = preferred == YamlScalar.Style.LITERAL || preferred == YamlScalar.Style.FOLDED ? null : preferred;
        return render(YamlValue.string(key), style, 0, true);
    }

    /** True when {@code s} reads back as the same string when written without quotes. */
    static boolean plainSafe(String s, boolean flow) {
        if (s.isEmpty() || !printable(s) || s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0) {
            return false;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        if (flow && s.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
    }

    /** No control characters other than line feed and tab, no byte order mark, no line/paragraph separators. */
    static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                    || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a literal block can hold {@code s} exactly: printable, no carriage returns, first
     * content line not indented (that would need an indentation indicator), no whitespace-only
     * leading lines, at most one trailing line break (keep-chomping is avoided).
     */
    private static boolean literalFits(String s) {
        if (s.isEmpty() || !printable(s) || s.indexOf('\r') >= 0 || s.endsWith("\n\n") || s.equals("\n")) {
            return false;
        }
        for (String line : s.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            return !Character.isWhitespace(line.charAt(0));
        }
        return false;
    }

    private String literal(String s, boolean folded, int indent) {
        boolean clip = s.endsWith("\n");
        String body = clip ? s.substring(0, s.length() - 1) : s;
        StringBuilder out = new StringBuilder(folded ? ">" : "|").append(clip ? "" : "-");
        String pad = " ".repeat(Math.max(1, indent));
        for (String line : body.split("\n", -1)) {
            out.append(nl);
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
        }
        return out.toString();
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\uFEFF' || c == '\u2028'
                            || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
