package dev.steward.model.query.where;

import java.util.List;

/** A piece of SQL with its {@code ?} parameters in order. */
public record SqlFragment(String sql, List<Object> parameters) {

    public SqlFragment {
        parameters = List.copyOf(parameters);
    }
}
