package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.ParsedFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a parsed where filter into {@link WhereToken}s: each {@code {{ ... }}} object is one token, the SQL
 * around it is read as words, numbers, single-quoted strings and operator symbols. Anything that has no place
 * in a filter expression (a semicolon, a comment, a double-quoted identifier, a quote left open, a bind
 * marker) is refused here with its position.
 */
final class WhereTokenizer {
    private static final List<String> SYMBOLS = List.of("<>", "!=", "<=", ">=", "||", "::",
            "=", "<", ">", "(", ")", ",", "+", "-", "*", "/", "%");

    private final String text;
    private final List<WhereToken> tokens = new ArrayList<>();

    private WhereTokenizer(String text) {
        this.text = text;
    }

    static List<WhereToken> tokenize(ParsedFilter filter) throws QueryCompileException {
        WhereTokenizer tokenizer = new WhereTokenizer(filter.text());
        for (FilterSegment segment : filter.segments()) {
            switch (segment) {
                case FilterSegment.ObjectReference r -> tokenizer.tokens.add(new WhereToken(WhereToken.Kind.OBJECT,
                        filter.text().substring(r.start(), r.end()), r.item(), r.start(), r.end()));
                case FilterSegment.SqlText t -> tokenizer.readSql(t.start(), t.end());
                case FilterSegment.InvalidObject i -> throw error("this {{ ... }} object cannot be read", i.start(),
                        i.end());
            }
        }
        int end = filter.text().length();
        tokenizer.tokens.add(new WhereToken(WhereToken.Kind.END, "", null, end, end));
        return tokenizer.tokens;
    }

    private void readSql(int from, int to) throws QueryCompileException {
        int pos = from;
        while (pos < to) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (Character.isLetter(c) || c == '_') {
                pos = word(pos, to);
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < to && Character.isDigit(text.charAt(pos + 1))) {
                pos = number(pos, to);
            } else if (c == '\'') {
                pos = string(pos, to);
            } else {
                pos = symbol(pos, to);
            }
        }
    }

    private int word(int start, int to) {
        int pos = start;
        while (pos < to && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        tokens.add(new WhereToken(WhereToken.Kind.WORD, text.substring(start, pos), null, start, pos));
        return pos;
    }

    private int number(int start, int to) throws QueryCompileException {
        int pos = digits(start, to);
        if (pos < to && text.charAt(pos) == '.') {
            pos = digits(pos + 1, to);
        }
        if (pos < to && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < to && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < to && Character.isDigit(text.charAt(exponent))) {
                pos = digits(exponent, to);
            }
        }
        if (pos < to && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            throw error("'" + text.substring(start, word(pos, to)) + "' is not a number", start, pos + 1);
        }
        tokens.add(new WhereToken(WhereToken.Kind.NUMBER, text.substring(start, pos), null, start, pos));
        return pos;
    }

    private int digits(int start, int to) {
        int pos = start;
        while (pos < to && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private int string(int start, int to) throws QueryCompileException {
        StringBuilder value = new StringBuilder();
        int pos = start + 1;
        while (pos < to) {
            char c = text.charAt(pos);
            if (c == '\'') {
                if (pos + 1 < to && text.charAt(pos + 1) == '\'') {
                    value.append('\'');
                    pos += 2;
                    continue;
                }
                tokens.add(new WhereToken(WhereToken.Kind.STRING, value.toString(), null, start, pos + 1));
                return pos + 1;
            }
            value.append(c);
            pos++;
        }
        throw error("this quote is not closed; a string is written 'text' (a quote inside is doubled: 'it''s')",
                start, to);
    }

    private int symbol(int start, int to) throws QueryCompileException {
        if (text.startsWith("--", start) || text.startsWith("/*", start)) {
            throw error("comments (" + text.substring(start, start + 2) + ") are not allowed in a where filter",
                    start, start + 2);
        }
        char c = text.charAt(start);
        switch (c) {
            case ';' -> throw error("a where filter is one condition; ';' (a second statement) is not allowed",
                    start, start + 1);
            case '"', '`' -> throw error("quoted identifiers are not allowed; refer to columns with "
                    + WhereGrammar.OBJECTS + ", and write strings in single quotes", start, start + 1);
            case '?' -> throw error("'?' is not allowed; write the value itself (it is bound as a parameter)",
                    start, start + 1);
            default -> {
            }
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, start) && start + symbol.length() <= to) {
                tokens.add(new WhereToken(WhereToken.Kind.SYMBOL, symbol, null, start, start + symbol.length()));
                return start + symbol.length();
            }
        }
        throw error("'" + c + "' is not allowed in a where filter; allowed are comparisons (= <> != < <= > >=), "
                + "arithmetic (+ - * / %), || and parentheses", start, start + 1);
    }

    static QueryCompileException error(String message, int start, int end) {
        return new QueryCompileException(new QueryProblem("where", message, start, end));
    }
}
