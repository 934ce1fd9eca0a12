package dev.steward.views.preview;

import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.QueryProblem;
import java.util.List;

/** How a preview run ended; expected failures are outcomes, not exceptions. */
sealed interface RunOutcome {

    record Ran(String sql, QueryResult result) implements RunOutcome {
    }

    record NotCompiled(List<QueryProblem> problems) implements RunOutcome {
    }

    record Failed(String sql, String message, boolean cancelled) implements RunOutcome {
    }
}
