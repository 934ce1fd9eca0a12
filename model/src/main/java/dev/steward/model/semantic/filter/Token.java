package dev.steward.model.semantic.filter;

/** One token of a Jinja object call; {@code text} is the unquoted value for strings. Offsets are absolute. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { IDENTIFIER, STRING, NUMBER, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, COMMA, EQUALS, DOT }

    boolean is(Kind k) {
        return kind == k;
    }

    /** How the token reads in a message. */
    String shown() {
        return kind == Kind.STRING ? "'" + text + "'" : text;
    }
}
