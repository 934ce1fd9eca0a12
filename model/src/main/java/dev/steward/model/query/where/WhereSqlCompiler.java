package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ParsedFilter;
import java.util.function.Function;

/**
 * Turns a where filter into SQL that cannot do anything but filter: the text between {@code {{ ... }}}
 * objects must be a boolean expression of a small grammar (comparisons, AND/OR/NOT, IN, BETWEEN, LIKE/ILIKE,
 * IS [NOT] NULL/TRUE/FALSE, arithmetic, CAST, DATE/TIMESTAMP literals, a few scalar functions); every literal
 * becomes a bound {@code ?} parameter (String, Long/BigDecimal, Boolean, LocalDate/LocalDateTime) and each
 * object becomes {@code columnSql.apply(item)}. Anything else (a bare column name, a semicolon, a comment, a
 * sub-query, an unknown function, an open quote) is a {@link QueryCompileException} whose problems point
 * into the filter text.
 */
public final class WhereSqlCompiler {

    private WhereSqlCompiler() {
    }

    public static SqlFragment compile(ParsedFilter filter, Function<GroupByItem, String> columnSql)
            throws QueryCompileException {
        if (!filter.isValid()) {
            throw new QueryCompileException(filter.problems().stream()
                    .map(p -> new QueryProblem("where", p.message(), p.start(), p.end())).toList());
        }
        return WhereExpressionParser.parse(WhereTokenizer.tokenize(filter), columnSql);
    }
}
