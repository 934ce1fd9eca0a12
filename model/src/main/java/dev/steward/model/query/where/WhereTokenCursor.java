package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import java.util.List;

/** A position in a where filter's tokens, with the look-ahead and expectations the grammar needs. */
final class WhereTokenCursor {
    private final List<WhereToken> tokens;
    private int pos;

    WhereTokenCursor(List<WhereToken> tokens) {
        this.tokens = tokens;
    }

    WhereToken peek() {
        return peek(0);
    }

    WhereToken peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    WhereToken next() {
        WhereToken t = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    boolean takeSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next();
            return true;
        }
        return false;
    }

    boolean takeWord(String word) {
        if (peek().isWord(word)) {
            next();
            return true;
        }
        return false;
    }

    WhereToken expectSymbol(String symbol, String expected) throws QueryCompileException {
        WhereToken t = next();
        if (!t.isSymbol(symbol)) {
            throw unexpected(t, expected);
        }
        return t;
    }

    void expectWord(String word, String expected) throws QueryCompileException {
        WhereToken t = next();
        if (!t.isWord(word)) {
            throw unexpected(t, expected);
        }
    }

    QueryCompileException unexpected(WhereToken t, String expected) {
        return WhereTokenizer.error("expected " + expected + ", found " + t.describe(), t.start(), t.end());
    }
}
