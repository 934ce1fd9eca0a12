package dev.steward.model.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every builder of one compilation shares: the project's lookups, where rows live, the dialect, the
 * CTEs written so far and the way to compile a metric used inside a filter.
 */
record CompileContext(MetricCatalog catalog, JoinPlanner planner, RelationResolver relations, SqlDialect dialect,
                      CteList ctes, Map<String, String> customGrainColumns, MetricSource metrics) {

    /** The custom grains of the time spine ({@code alien_day}); each is a column of the daily spine. */
    Set<String> customGrains() {
        return customGrainColumns.keySet();
    }

    /** Compiles a metric for a filter ({@code Metric('bookings', group_by=['listing'])}) into a CTE. */
    interface MetricSource {
        String cteFor(String metric, List<RequestedItem> keys, String input) throws QueryCompileException;
    }
}
