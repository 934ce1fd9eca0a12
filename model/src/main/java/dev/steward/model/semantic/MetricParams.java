package dev.steward.model.semantic;

import java.util.List;
import java.util.Optional;

/**
 * The per-type parameters of a metric, read from legacy {@code type_params} and from the latest
 * spec's flattened keys alike.
 */
public sealed interface MetricParams {

    /**
     * {@code measure} (legacy) or {@code agg}/{@code expr} and friends (latest spec, simple metrics
     * declared on the model).
     */
    record Simple(Optional<MetricInput> measure, Optional<String> agg, Optional<String> expr,
                  Optional<AggregationParams> aggParams, Optional<String> aggTimeDimension,
                  Optional<NonAdditiveDimension> nonAdditiveDimension, Optional<Boolean> joinToTimespine,
                  Optional<String> fillNullsWith) implements MetricParams {
        public Optional<Aggregation> aggregation() {
            return agg.flatMap(a -> Enums.parse(Aggregation.class, a));
        }
    }

    record Ratio(Optional<MetricInput> numerator, Optional<MetricInput> denominator) implements MetricParams {
    }

    record Derived(Optional<String> expr, List<MetricInput> inputs) implements MetricParams {
        public Derived {
            inputs = List.copyOf(inputs);
        }
    }

    /** {@code measure} is the legacy input, {@code metric} the nested/latest {@code input_metric}. */
    record Cumulative(Optional<MetricInput> measure, Optional<MetricInput> metric, Optional<String> window,
                      Optional<String> grainToDate, Optional<String> periodAgg) implements MetricParams {
    }

    record Conversion(Optional<String> entity, Optional<String> calculation, Optional<MetricInput> baseMeasure,
                      Optional<MetricInput> baseMetric, Optional<MetricInput> conversionMeasure,
                      Optional<MetricInput> conversionMetric, Optional<String> window,
                      List<ConstantProperty> constantProperties) implements MetricParams {
        public Conversion {
            constantProperties = List.copyOf(constantProperties);
        }
    }

    /** A metric whose type is missing or unknown: its parameters stay in the metric's extensions. */
    record Unknown() implements MetricParams {
    }
}
