package dev.steward.model.contract;

/**
 * What one line of (possibly broken) block YAML looks like: where its list dash and its key start,
 * the key, and the text after the colon. Columns are 0-based char offsets within the line.
 */
record YamlLine(int dashColumn, int keyColumn, String key, String value, boolean blank) {

    static YamlLine parse(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        if (i == n || line.charAt(i) == '#') {
            return new YamlLine(-1, i, null, null, true);
        }
        int dash = -1;
        while (i < n && line.charAt(i) == '-' && (i + 1 == n || line.charAt(i + 1) == ' ')) {
            dash = dash < 0 ? i : dash;
            i++;
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        int colon = keyEnd(line, i);
        if (colon < 0) {
            return new YamlLine(dash, i, null, null, false);
        }
        String key = unquote(line.substring(i, colon).trim());
        String value = line.substring(colon + 1).trim();
        int comment = value.startsWith("#") ? 0 : value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment).trim();
        }
        return new YamlLine(dash, i, key, unquote(value), false);
    }

    /** Index of the ':' that ends a key starting at {@code from}, or -1. */
    private static int keyEnd(String line, int from) {
        if (from < line.length() && (line.charAt(from) == '{' || line.charAt(from) == '[')) {
            return -1;
        }
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = i == from ? c : quote;
            } else if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            } else if (c == '#' && i > from && line.charAt(i - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Column where the line's content starts: its dash, else its key. */
    int firstColumn() {
        return dashColumn >= 0 ? dashColumn : keyColumn;
    }
}
