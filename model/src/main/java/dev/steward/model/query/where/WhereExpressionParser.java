package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recursive-descent reader of the restricted filter grammar, writing SQL as it reads:
 * <pre>
 * or        := and (OR and)*
 * and       := not (AND not)*
 * not       := NOT not | predicate
 * predicate := sum [ cmp sum | [NOT] IN (sum, ...) | [NOT] BETWEEN sum AND sum | [NOT] LIKE|ILIKE sum
 *                  | IS [NOT] NULL|TRUE|FALSE ]
 * sum       := product ((+ | - | ||) product)*
 * product   := unary ((* | / | %) unary)*
 * unary     := (- | +) unary | primary (:: type)*
 * primary   := object | literal | ( or ) | CAST(or AS type) | DATE 'x' | TIMESTAMP 'x'
 *            | EXTRACT(part FROM sum) | function(or, ...) | CURRENT_DATE | CURRENT_TIMESTAMP
 * </pre>
 * Every literal becomes a {@code ?} with its value in {@link #parameters}.
 */
final class WhereExpressionParser {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    private static final Set<String> STATEMENT_WORDS = Set.of("SELECT", "WITH", "UNION", "INSERT", "UPDATE", "DELETE",
            "DROP", "CREATE", "ALTER", "MERGE", "CALL", "EXEC", "EXECUTE", "GRANT", "TRUNCATE", "SET", "RUNSCRIPT",
            "SCRIPT", "EXISTS", "FROM", "INTO", "VALUES", "TABLE");
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "IN", "BETWEEN", "LIKE", "ILIKE", "IS",
            "AS");
    private static final Pattern SIMPLE_COLUMN = Pattern.compile("[\\w.\"]+");

    /** A piece of output SQL; {@code temporal} when it is a time value, {@code literal} the index of its parameter. */
    private record Expr(String sql, boolean temporal, int literal) {
        static Expr of(String sql) {
            return new Expr(sql, false, -1);
        }
    }

    private final List<WhereToken> tokens;
    private final Function<GroupByItem, String> columnSql;
    private final List<Object> parameters = new ArrayList<>();
    private final List<WhereToken> literals = new ArrayList<>();
    private int pos;

    private WhereExpressionParser(List<WhereToken> tokens, Function<GroupByItem, String> columnSql) {
        this.tokens = tokens;
        this.columnSql = columnSql;
    }

    static SqlFragment parse(List<WhereToken> tokens, Function<GroupByItem, String> columnSql)
            throws QueryCompileException {
        WhereExpressionParser parser = new WhereExpressionParser(tokens, columnSql);
        if (parser.peek().kind() == WhereToken.Kind.END) {
            throw WhereTokenizer.error("the where filter is empty; write a condition such as "
                    + "{{ Dimension('customer__region') }} = 'EU'", 0, 0);
        }
        Expr expr = parser.or();
        WhereToken rest = parser.peek();
        if (rest.kind() != WhereToken.Kind.END) {
            throw parser.unexpected(rest, "AND, OR or the end of the filter");
        }
        return new SqlFragment(expr.sql(), parser.parameters);
    }

    private Expr or() throws QueryCompileException {
        Expr left = and();
        while (peek().isWord("OR")) {
            next();
            left = Expr.of(left.sql() + " OR " + and().sql());
        }
        return left;
    }

    private Expr and() throws QueryCompileException {
        Expr left = not();
        while (peek().isWord("AND")) {
            next();
            left = Expr.of(left.sql() + " AND " + not().sql());
        }
        return left;
    }

    private Expr not() throws QueryCompileException {
        if (peek().isWord("NOT")) {
            next();
            return Expr.of("NOT " + not().sql());
        }
        return predicate();
    }

    private Expr predicate() throws QueryCompileException {
        Expr left = sum();
        WhereToken t = peek();
        if (t.kind() == WhereToken.Kind.SYMBOL && COMPARISONS.contains(t.text())) {
            next();
            Expr right = sum();
            matchTypes(left, right);
            return Expr.of(left.sql() + " " + (t.text().equals("!=") ? "<>" : t.text()) + " " + right.sql());
        }
        if (t.isWord("IS")) {
            next();
            String negation = takeWord("NOT") ? "NOT " : "";
            WhereToken value = next();
            if (!(value.isWord("NULL") || value.isWord("TRUE") || value.isWord("FALSE"))) {
                throw unexpected(value, "NULL, TRUE or FALSE after IS" + (negation.isEmpty() ? "" : " NOT"));
            }
            return Expr.of(left.sql() + " IS " + negation + value.upper());
        }
        boolean negated = peek().isWord("NOT") && isNegatedPredicate(peek(1));
        if (negated) {
            next();
        }
        String not = negated ? "NOT " : "";
        WhereToken op = peek();
        if (op.isWord("IN")) {
            next();
            return Expr.of(left.sql() + " " + not + "IN (" + inList(left) + ")");
        }
        if (op.isWord("BETWEEN")) {
            next();
            Expr low = sum();
            expectWord("AND", "AND between the two BETWEEN bounds");
            Expr high = sum();
            matchTypes(left, low);
            matchTypes(left, high);
            return Expr.of(left.sql() + " " + not + "BETWEEN " + low.sql() + " AND " + high.sql());
        }
        if (op.isWord("LIKE") || op.isWord("ILIKE")) {
            next();
            return Expr.of(left.sql() + " " + not + op.upper() + " " + sum().sql());
        }
        return left;
    }

    private static boolean isNegatedPredicate(WhereToken t) {
        return t.isWord("IN") || t.isWord("BETWEEN") || t.isWord("LIKE") || t.isWord("ILIKE");
    }

    private String inList(Expr left) throws QueryCompileException {
        expectSymbol("(", "'(' to open the IN list");
        if (peek().isWord("SELECT")) {
            throw WhereTokenizer.error("sub-queries are not allowed in a where filter; list the values: "
                    + "IN ('a', 'b')", peek().start(), peek().end());
        }
        List<String> items = new ArrayList<>();
        do {
            Expr item = sum();
            matchTypes(left, item);
            items.add(item.sql());
        } while (takeSymbol(","));
        expectSymbol(")", "',' or ')' to close the IN list");
        return String.join(", ", items);
    }

    private Expr sum() throws QueryCompileException {
        Expr left = product();
        while (peek().isSymbol("+") || peek().isSymbol("-") || peek().isSymbol("||")) {
            String op = next().text();
            left = Expr.of(left.sql() + " " + op + " " + product().sql());
        }
        return left;
    }

    private Expr product() throws QueryCompileException {
        Expr left = unary();
        while (peek().isSymbol("*") || peek().isSymbol("/") || peek().isSymbol("%")) {
            String op = next().text();
            left = Expr.of(left.sql() + " " + op + " " + unary().sql());
        }
        return left;
    }

    private Expr unary() throws QueryCompileException {
        if (peek().isSymbol("-") || peek().isSymbol("+")) {
            String sign = next().text();
            if (peek().kind() == WhereToken.Kind.NUMBER) { // a signed number is one bound value
                WhereToken n = next();
                return new Expr("?", false, add(number((sign.equals("-") ? "-" : "") + n.text()), n));
            }
            return Expr.of(sign + unary().sql());
        }
        Expr value = primary();
        while (takeSymbol("::")) {
            value = cast(value, next());
        }
        return value;
    }

    private Expr primary() throws QueryCompileException {
        WhereToken t = next();
        return switch (t.kind()) {
            case OBJECT -> object(t);
            case NUMBER -> new Expr("?", false, add(number(t.text()), t));
            case STRING -> new Expr("?", false, add(t.text(), t));
            case SYMBOL -> {
                if (!t.text().equals("(")) {
                    throw unexpected(t, "a value, an object or '('");
                }
                if (peek().isWord("SELECT") || peek().isWord("WITH")) {
                    throw WhereTokenizer.error("sub-queries are not allowed in a where filter; refer to other "
                            + "data with " + WhereGrammar.OBJECTS, peek().start(), peek().end());
                }
                Expr inner = or();
                expectSymbol(")", "')' to close the '(' at offset " + t.start());
                yield new Expr("(" + inner.sql() + ")", inner.temporal(), -1);
            }
            case WORD -> word(t);
            case END -> throw unexpected(t, "a value or an object");
        };
    }

    private Expr word(WhereToken t) throws QueryCompileException {
        String word = t.upper();
        switch (word) {
            case "TRUE", "FALSE" -> {
                return new Expr("?", false, add(Boolean.valueOf(word.equals("TRUE")), t));
            }
            case "NULL" -> {
                return Expr.of("NULL");
            }
            case "CAST" -> {
                expectSymbol("(", "'(' after CAST");
                Expr value = or();
                expectWord("AS", "AS in CAST(value AS type)");
                Expr cast = cast(value, next());
                expectSymbol(")", "')' to close CAST");
                return cast;
            }
            case "DATE", "TIMESTAMP" -> {
                if (peek().kind() == WhereToken.Kind.STRING) {
                    WhereToken literal = next();
                    Object value = TemporalLiteral.parse(literal, word);
                    return new Expr("CAST(? AS " + word + ")", true, add(value, literal));
                }
            }
            case "EXTRACT" -> {
                return extract();
            }
            default -> {
            }
        }
        if (WhereGrammar.NILADIC.contains(word)) {
            return new Expr(word, true, -1);
        }
        if (STATEMENT_WORDS.contains(word)) {
            throw WhereTokenizer.error("'" + t.text() + "' is not allowed: a where filter is one condition, not a "
                    + "statement or a sub-query", t.start(), t.end());
        }
        if (peek().isSymbol("(")) {
            return function(t);
        }
        if (RESERVED.contains(word)) {
            throw unexpected(t, "a value or an object");
        }
        throw WhereTokenizer.error("'" + t.text() + "' is not allowed here: refer to columns with "
                + WhereGrammar.OBJECTS + "; write strings in single quotes", t.start(), t.end());
    }

    private Expr function(WhereToken name) throws QueryCompileException {
        int[] arity = WhereGrammar.function(name.text()).orElseThrow(() -> WhereTokenizer.error("function '"
                + name.text() + "' is not allowed in a where filter; allowed: " + WhereGrammar.functions(),
                name.start(), name.end()));
        next(); // (
        boolean trunc = name.upper().equals("DATE_TRUNC");
        List<String> arguments = new ArrayList<>();
        if (!peek().isSymbol(")")) {
            do {
                if (trunc && arguments.isEmpty()) {
                    arguments.add(truncGrain(next()));
                } else {
                    arguments.add(or().sql());
                }
            } while (takeSymbol(","));
        }
        WhereToken close = expectSymbol(")", "',' or ')' to close " + name.upper() + "(");
        if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
            throw WhereTokenizer.error(name.upper() + " takes " + (arity[0] == arity[1] ? String.valueOf(arity[0])
                    : arity[0] + " to " + arity[1]) + " argument(s), not " + arguments.size(), name.start(),
                    close.end());
        }
        return new Expr(name.upper() + "(" + String.join(", ", arguments) + ")", trunc, -1);
    }

    private static String truncGrain(WhereToken grain) throws QueryCompileException {
        if (grain.kind() != WhereToken.Kind.STRING
                || !WhereGrammar.TRUNC_GRAINS.contains(grain.text().toLowerCase(java.util.Locale.ROOT))) {
            throw WhereTokenizer.error("DATE_TRUNC takes a grain in quotes first: one of "
                    + String.join(", ", WhereGrammar.TRUNC_GRAINS), grain.start(), grain.end());
        }
        return "'" + grain.text().toLowerCase(java.util.Locale.ROOT) + "'";
    }

    private Expr extract() throws QueryCompileException {
        expectSymbol("(", "'(' after EXTRACT");
        WhereToken part = next();
        if (part.kind() != WhereToken.Kind.WORD || !WhereGrammar.EXTRACT_PARTS.contains(part.upper())) {
            throw WhereTokenizer.error("EXTRACT takes a date part first: one of "
                    + String.join(", ", WhereGrammar.EXTRACT_PARTS), part.start(), part.end());
        }
        expectWord("FROM", "FROM in EXTRACT(part FROM value)");
        Expr value = sum();
        expectSymbol(")", "')' to close EXTRACT");
        return Expr.of("EXTRACT(" + part.upper() + " FROM " + value.sql() + ")");
    }

    private Expr cast(Expr value, WhereToken typeWord) throws QueryCompileException {
        String type = typeWord.kind() == WhereToken.Kind.WORD ? WhereGrammar.type(typeWord.text()).orElse(null)
                : null;
        if (type == null) {
            throw WhereTokenizer.error("cannot cast to " + typeWord.describe() + "; allowed types: "
                    + WhereGrammar.types(), typeWord.start(), typeWord.end());
        }
        if (type.equals("DOUBLE PRECISION") && peek().isWord("PRECISION")) {
            next();
        }
        if ((type.equals("DECIMAL") || type.equals("NUMERIC") || type.equals("VARCHAR")) && takeSymbol("(")) {
            type += "(" + precision() + (takeSymbol(",") ? ", " + precision() : "") + ")";
            expectSymbol(")", "')' to close the type size");
        }
        boolean temporal = type.equals("TIMESTAMP") || type.equals("DATE");
        if (temporal && value.literal() >= 0 && parameters.get(value.literal()) instanceof String text) {
            parameters.set(value.literal(), TemporalLiteral.parse(text, type, literals.get(value.literal())));
        }
        return new Expr("CAST(" + value.sql() + " AS " + type + ")", temporal, -1);
    }

    private String precision() throws QueryCompileException {
        WhereToken n = next();
        if (n.kind() != WhereToken.Kind.NUMBER || !n.text().chars().allMatch(Character::isDigit)) {
            throw unexpected(n, "a whole number");
        }
        return n.text();
    }

    private Expr object(WhereToken t) {
        String sql = columnSql.apply(t.item());
        boolean temporal = t.item().kind() == ItemKind.TIME_DIMENSION || t.item().isMetricTime()
                || t.item().grain().isPresent();
        return new Expr(SIMPLE_COLUMN.matcher(sql).matches() ? sql : "(" + sql + ")", temporal, -1);
    }

    /** A string compared with a time value is bound as a date or timestamp when it reads as one. */
    private void matchTypes(Expr a, Expr b) {
        Expr literal = a.temporal() ? b : b.temporal() ? a : null;
        if (literal != null && literal.literal() >= 0 && parameters.get(literal.literal()) instanceof String text) {
            TemporalLiteral.tryParse(text).ifPresent(value -> parameters.set(literal.literal(), value));
        }
    }

    private int add(Object value, WhereToken literal) {
        parameters.add(value);
        literals.add(literal);
        return parameters.size() - 1;
    }

    private static Object number(String text) {
        BigDecimal value = new BigDecimal(text);
        if (text.matches("-?\\d+") && value.toBigInteger().bitLength() < 63) {
            return value.longValueExact();
        }
        return value;
    }

    private WhereToken peek() {
        return peek(0);
    }

    private WhereToken peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private WhereToken next() {
        WhereToken t = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    private boolean takeSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next();
            return true;
        }
        return false;
    }

    private boolean takeWord(String word) {
        if (peek().isWord(word)) {
            next();
            return true;
        }
        return false;
    }

    private WhereToken expectSymbol(String symbol, String expected) throws QueryCompileException {
        WhereToken t = next();
        if (!t.isSymbol(symbol)) {
            throw unexpected(t, expected);
        }
        return t;
    }

    private void expectWord(String word, String expected) throws QueryCompileException {
        WhereToken t = next();
        if (!t.isWord(word)) {
            throw unexpected(t, expected);
        }
    }

    private QueryCompileException unexpected(WhereToken t, String expected) {
        return WhereTokenizer.error("expected " + expected + ", found " + t.describe(), t.start(), t.end());
    }
}
