package dev.steward.model.query;

import java.util.List;

/**
 * SQL ready to run: {@code parameters} are bound in order to the {@code ?} markers (filter values typed by a
 * user are never spliced into {@code sql}). {@code dialect} is the {@link SqlDialect#id()} it was compiled for.
 */
public record CompiledQuery(String sql, List<Object> parameters, List<ResultColumn> columns, String dialect) {

    public CompiledQuery {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }
}
