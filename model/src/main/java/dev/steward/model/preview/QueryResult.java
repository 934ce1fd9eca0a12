package dev.steward.model.preview;

import dev.steward.model.query.ResultColumn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a metric query. Values are Java types: {@link java.time.LocalDate},
 * {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime}, {@link Long}, {@link Integer},
 * {@link java.math.BigDecimal}, {@link Double}, {@link String}, {@link Boolean}, or null. {@code truncated}
 * tells that the query returned more rows than the cap and only the first ones are here.
 */
public record QueryResult(String sql, List<ResultColumn> columns, List<List<Object>> rows, boolean truncated,
                          Duration elapsed) {

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        // rows hold nulls, which List.copyOf refuses
        rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
        rows = Collections.unmodifiableList(copy);
    }

    /** The position of the column called {@code name}, or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
