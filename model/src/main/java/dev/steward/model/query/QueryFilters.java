package dev.steward.model.query;

import dev.steward.model.semantic.filter.ParsedFilter;
import java.time.LocalDate;
import java.util.Optional;

/** The query's own where filter and time range, applied to every measure branch (not to metrics in filters). */
record QueryFilters(Optional<ParsedFilter> where, Optional<LocalDate> start, Optional<LocalDate> end) {

    static final QueryFilters NONE = new QueryFilters(Optional.empty(), Optional.empty(), Optional.empty());
}
