package dev.steward.model.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a user asks for, in MetricFlow's terms: metric names, group-by names ({@code metric_time__month},
 * {@code customer__region}, {@code TimeDimension('metric_time', 'week')} objects are also accepted), an
 * optional where filter with {@code {{ Dimension(...) }}}-style objects, order-by names (a leading {@code -}
 * means descending), an optional row limit and an optional inclusive time range on {@code metric_time}.
 */
public record MetricQuery(List<String> metrics, List<String> groupBy, Optional<String> where, List<String> orderBy,
                          OptionalInt limit, Optional<LocalDate> timeStart, Optional<LocalDate> timeEnd) {

    public MetricQuery {
        metrics = List.copyOf(metrics);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    public static MetricQuery of(List<String> metrics, List<String> groupBy) {
        return new MetricQuery(metrics, groupBy, Optional.empty(), List.of(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
    }
}
