package dev.steward.model.query;

import java.util.Optional;

/** A metric computed by the query's keys: CTE {@code cte} with the key columns and {@code column}. */
record MetricBranch(String cte, String column, Optional<String> fillNullsWith) {
}
