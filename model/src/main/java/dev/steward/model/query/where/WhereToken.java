package dev.steward.model.query.where;

import dev.steward.model.semantic.filter.GroupByItem;
import java.util.Locale;

/**
 * One token of a where filter; {@code start}/{@code end} are offsets into the filter text. {@code item} is set
 * for {@link Kind#OBJECT} tokens (a whole {@code {{ ... }}}), {@code text} holds the source text (for strings,
 * the value with doubled quotes undone).
 */
record WhereToken(Kind kind, String text, GroupByItem item, int start, int end) {

    enum Kind { OBJECT, WORD, NUMBER, STRING, SYMBOL, END }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How a message names the token. */
    String describe() {
        return switch (kind) {
            case OBJECT -> "the object";
            case END -> "the end of the filter";
            case STRING -> "'" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
