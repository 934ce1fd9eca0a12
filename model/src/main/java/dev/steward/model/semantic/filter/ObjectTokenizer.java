package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits the inside of {@code {{ ... }}} (or a saved-query item) into tokens; stops at the first bad character. */
final class ObjectTokenizer {
    private final String text;
    private final int end;
    private int pos;

    private ObjectTokenizer(String text, int from, int to) {
        this.text = text;
        this.pos = from;
        this.end = to;
    }

    /** Tokens of {@code text[from, to)}, or the problem that stopped the tokenizer. */
    static Result tokenize(String text, int from, int to) {
        return new ObjectTokenizer(text, from, to).run();
    }

    record Result(List<Token> tokens, Optional<FilterProblem> problem) {
    }

    private Result run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < end && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                return new Result(tokens, Optional.empty());
            }
            char c = text.charAt(pos);
            int start = pos;
            Token.Kind punct = punctuation(c);
            if (punct != null) {
                pos++;
                tokens.add(new Token(punct, String.valueOf(c), start, pos));
            } else if (Character.isLetter(c) || c == '_') {
                while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                tokens.add(new Token(Token.Kind.IDENTIFIER, text.substring(start, pos), start, pos));
            } else if (Character.isDigit(c) || c == '-') {
                pos++;
                while (pos < end && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, pos), start, pos));
            } else if (c == '\'' || c == '"') {
                Optional<Token> string = string(c);
                if (string.isEmpty()) {
                    return new Result(tokens, Optional.of(new FilterProblem(
                            "String starting here is not closed with " + c, start, end)));
                }
                tokens.add(string.get());
            } else {
                return new Result(tokens, Optional.of(new FilterProblem("Unexpected character '" + c
                        + "'; an object call uses names, quoted strings, ( ) [ ] , = and .", start, start + 1)));
            }
        }
    }

    private Optional<Token> string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < end) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return Optional.of(new Token(Token.Kind.STRING, value.toString(), start, pos));
            }
            if (c == '\\' && pos < end) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        return Optional.empty();
    }

    private static Token.Kind punctuation(char c) {
        return switch (c) {
            case '(' -> Token.Kind.OPEN_PAREN;
            case ')' -> Token.Kind.CLOSE_PAREN;
            case '[' -> Token.Kind.OPEN_BRACKET;
            case ']' -> Token.Kind.CLOSE_BRACKET;
            case ',' -> Token.Kind.COMMA;
            case '=' -> Token.Kind.EQUALS;
            case '.' -> Token.Kind.DOT;
            default -> null;
        };
    }
}
