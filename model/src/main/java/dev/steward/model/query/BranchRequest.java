package dev.steward.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What a metric branch must produce: the query's keys, the query's filters, filters inherited from the
 * metric inputs above it, the time shift of offset inputs (outermost first), and the name of the value column.
 */
record BranchRequest(List<RequestedItem> keys, QueryFilters query, List<String> filters, TimeShift shift,
                     String column) {

    BranchRequest {
        keys = List.copyOf(keys);
        filters = List.copyOf(filters);
    }

    /** The same request for an input: its filters added, its shift applied after this one, its own column. */
    BranchRequest forInput(List<String> inputFilters, TimeShift inputShift, String inputColumn) {
        List<String> all = new ArrayList<>(filters);
        all.addAll(inputFilters);
        return new BranchRequest(keys, query, all, TimeShift.then(shift, inputShift), inputColumn);
    }

    List<String> keyColumns() {
        return keys.stream().map(RequestedItem::column).toList();
    }
}
