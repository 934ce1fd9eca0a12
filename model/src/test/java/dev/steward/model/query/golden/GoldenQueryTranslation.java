package dev.steward.model.query.golden;

import dev.steward.model.query.MetricQuery;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticProject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A golden case as a {@link MetricQuery}, the way MetricFlow's test builds its query request: group-by names
 * plus {@code group_by_objs} written as dunder names ({@code booking__ds__week},
 * {@code metric_time__extract_dow}), the where filter rendered once through the check-query helpers
 * (which leaves {@code {{ Dimension(...) }}} objects for the compiler), a saved query expanded.
 */
final class GoldenQueryTranslation {

    /** A case whose query {@link MetricQuery} cannot express. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    private GoldenQueryTranslation() {
    }

    static MetricQuery translate(GoldenCase c, SemanticProject project, CheckQueryRenderer renderer)
            throws Unsupported {
        if (c.minMaxOnly()) {
            throw new Unsupported("min_max_only (MetricQuery has no min/max-only mode)");
        }
        if (!c.applyGroupBy()) {
            throw new Unsupported("apply_group_by: false (MetricQuery always returns distinct group-by rows)");
        }
        List<String> metrics = new ArrayList<>(c.metrics());
        List<String> groupBy = new ArrayList<>(c.groupBys());
        List<String> where = new ArrayList<>();
        List<String> orderBy = new ArrayList<>(c.orderBys());
        OptionalInt limit = c.limit();
        if (c.savedQueryName().isPresent()) {
            SavedQuery saved = project.savedQuery(c.savedQueryName().get()).orElseThrow(() -> new Unsupported(
                    "saved query " + c.savedQueryName().get() + " is not in the manifest"));
            metrics.addAll(saved.metrics());
            groupBy.addAll(saved.groupBy());
            where.addAll(saved.where());
            orderBy.addAll(saved.orderBy());
            if (limit.isEmpty() && saved.limit().isPresent()) {
                limit = OptionalInt.of((int) saved.limit().getAsLong());
            }
        }
        for (Map<String, Object> obj : c.groupByObjs()) {
            groupBy.add(dunderName(obj));
        }
        c.whereFilter().map(renderer::render).ifPresent(where::add);
        Optional<String> filter = where.isEmpty() ? Optional.empty() : Optional.of(where.size() == 1 ? where.getFirst()
                : String.join(" AND ", where.stream().map(w -> "(" + w + ")").toList()));
        Optional<LocalDate> start = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        if (!c.timeConstraint().isEmpty()) {
            start = Optional.of(date(c.timeConstraint().get(0)));
            end = Optional.of(date(c.timeConstraint().get(1)));
        }
        return new MetricQuery(metrics, groupBy, filter, orderBy, limit, start, end);
    }

    private static String dunderName(Map<String, Object> obj) {
        StringBuilder name = new StringBuilder(String.valueOf(obj.get("name")));
        if (obj.get("grain") != null) {
            name.append("__").append(obj.get("grain"));
        }
        if (obj.get("date_part") != null) {
            name.append("__extract_").append(obj.get("date_part"));
        }
        return name.toString();
    }

    private static LocalDate date(String text) throws Unsupported {
        LocalDateTime value = TableSnapshots.timestamp(text.strip());
        if (!value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new Unsupported("time_constraint with a time of day (" + text + "); MetricQuery takes dates");
        }
        return value.toLocalDate();
    }
}
