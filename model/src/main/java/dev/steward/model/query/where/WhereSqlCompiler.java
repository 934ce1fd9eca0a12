package dev.steward.model.query.where;

import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.ParsedFilter;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a where filter into SQL that cannot do anything but filter: the text between {@code {{ ... }}}
 * objects must be a boolean expression of a small grammar (comparisons, AND/OR/NOT, IN, BETWEEN, LIKE,
 * IS [NOT] NULL, CAST of a literal, a few scalar functions); literals become bound parameters and each object
 * becomes {@code columnSql.apply(item)}.
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
        // Interim: objects substituted, SQL text passed through. The restricted grammar replaces this.
        return new SqlFragment(filter.substitute(columnSql).orElseThrow(), List.of());
    }
}
