package dev.steward.views.editor;

/** YAML indentation rules for Enter, Tab and Shift+Tab. YAML forbids tabs, so an indent step is two spaces. */
final class Indentation {
    static final String STEP = "  ";

    private Indentation() {
    }

    /**
     * Indentation of a new line opened after {@code linePrefix} (the line's text before the caret):
     * the same as that line's content, one step deeper after a line ending with {@code :}
     * (ignoring a trailing comment). After {@code "- "} the new line lines up with the item content.
     */
    static String afterNewline(String linePrefix) {
        int indent = 0;
        while (indent < linePrefix.length() && linePrefix.charAt(indent) == ' ') {
            indent++;
        }
        int content = indent;
        while (content + 1 < linePrefix.length() && linePrefix.charAt(content) == '-' && linePrefix.charAt(content + 1) == ' ') {
            content += 2;
            while (content < linePrefix.length() && linePrefix.charAt(content) == ' ') {
                content++;
            }
        }
        String code = withoutComment(linePrefix).stripTrailing();
        boolean opensBlock = code.endsWith(":") || code.endsWith("|") || code.endsWith(">")
                || code.endsWith("|-") || code.endsWith(">-");
        if (code.length() <= indent) {
            return " ".repeat(indent);
        }
        return " ".repeat(content) + (opensBlock ? STEP : "");
    }

    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Spaces to remove from the start of {@code line} for one outdent step (0, 1 or 2). */
    static int outdentWidth(String line) {
        int n = 0;
        while (n < STEP.length() && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
