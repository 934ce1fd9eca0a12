package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.diff.ChangeCollector.Judge;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of a metric. Its type, filter and inputs (measures, numerator and denominator, the
 * derived expression and its input metrics with their offsets and aliases, the cumulative window,
 * the conversion parameters) say what the number is: changing any is breaking. A latest-spec simple
 * metric carries its own {@code agg} and {@code expr}, judged like a measure's. Hiding a metric
 * takes it out of the Semantic Layer APIs: breaking. How empty periods are filled
 * ({@code fill_nulls_with}, {@code join_to_timespine}) and the default grain are warnings: the value
 * of every period with data stays the same. Labels and descriptions are information.
 */
final class MetricRules {

    private static final Judge HIDDEN = (before, after) -> after.equals(Optional.of("true")) ? BREAKING : INFO;

    private static final List<FieldRule<Metric>> METRIC = List.of(
            FieldRule.of("type", "metric-type-changed", BREAKING, m -> Optional.of(m.type()).filter(t -> !t.isEmpty())),
            FieldRule.of("filter", "metric-filter-changed", BREAKING, m -> ValueText.list(m.filters())),
            FieldRule.of("time_granularity", "metric-granularity-changed", WARNING, Metric::timeGranularity),
            FieldRule.judged("hidden", "metric-hidden-changed", HIDDEN, m -> ValueText.flag(m.hidden())),
            FieldRule.of("model", "metric-model-changed", WARNING, MetricRules::aggregatedModel),
            FieldRule.of("label", "label-changed", INFO, Metric::label),
            FieldRule.of("description", "description-changed", INFO, m -> ValueText.text(m.description())));

    private MetricRules() {
    }

    static Element element(Metric m) {
        return new Element("metrics." + m.name(), "metric `" + m.name() + "`",
                Optional.of(LineageIds.semantic(NodeKind.METRIC, m.name())));
    }

    static void compare(Comparison c, Element owner, Metric before, Metric after) {
        List<FieldRule<Metric>> fields = new ArrayList<>(METRIC);
        Optional<Aggregate> rewritten = Optional.empty();
        if (before.type().equals(after.type())) {
            Optional<Aggregate> b = Aggregate.of(before, c.baseModels());
            Optional<Aggregate> a = Aggregate.of(after, c.headModels());
            if (b.isPresent() && a.isPresent() && measured(before) != measured(after)) {
                fields.removeIf(f -> f.rule().equals("metric-model-changed"));
                c.fields(owner, b.get(), a.get(), before.range(), after.range(),
                        aggregateFields(after.nestedTypeParams() ? "type_params." : ""));
            } else {
                fields.addAll(paramFields(after));
            }
        }
        c.fields(owner, before, after, before.range(), after.range(), fields);
        c.extensions(owner, before.extensions(), after.extensions(), before.range(), after.range());
    }

    /**
     * The model a latest-spec simple metric with {@code agg} aggregates: the one it is declared under.
     * Other metrics only live there; where they are declared says nothing about what they compute.
     */
    private static Optional<String> aggregatedModel(Metric m) {
        return m.params() instanceof MetricParams.Simple s && s.agg().isPresent() ? m.owningModel() : Optional.empty();
    }

    /** A simple metric that aggregates through a measure (legacy), rather than its own {@code agg}. */
    private static boolean measured(Metric m) {
        return m.params() instanceof MetricParams.Simple s && s.agg().isEmpty();
    }

    /**
     * The fields of a simple metric rewritten between a measure and its own {@code agg}: what it
     * aggregates, compared whichever way it is written.
     */
    private static List<FieldRule<Aggregate>> aggregateFields(String p) {
        return List.of(
                FieldRule.of(p + "agg", "metric-agg-changed", BREAKING, Aggregate::agg),
                FieldRule.of(p + "expr", "metric-expr-changed", BREAKING, Aggregate::expr),
                FieldRule.of(p + "agg_params", "metric-agg-params-changed", BREAKING, Aggregate::aggParams),
                FieldRule.of(p + "agg_time_dimension", "metric-agg-time-dimension-changed", BREAKING,
                        Aggregate::aggTimeDimension),
                FieldRule.of(p + "non_additive_dimension", "metric-non-additive-dimension-changed", BREAKING,
                        Aggregate::nonAdditiveDimension),
                FieldRule.of(p + "measure", "metric-input-changed", BREAKING, Aggregate::input),
                FieldRule.of(p + "join_to_timespine", "metric-null-handling-changed", WARNING, Aggregate::joinToTimespine),
                FieldRule.of(p + "fill_nulls_with", "metric-null-handling-changed", WARNING, Aggregate::fillNullsWith),
                FieldRule.of("model", "metric-model-changed", WARNING, Aggregate::source));
    }

    /** The fields of the metric's type, under {@code type_params.} when head nests them there. */
    private static List<FieldRule<Metric>> paramFields(Metric head) {
        String p = head.nestedTypeParams() ? "type_params." : "";
        return switch (head.params()) {
            case MetricParams.Simple s -> List.of(
                    simple(p + "measure", "metric-input-changed", x -> ValueText.input(x.measure())),
                    simple(p + "agg", "metric-agg-changed", MetricParams.Simple::agg),
                    FieldRule.of(p + "expr", "metric-expr-changed", BREAKING, MetricRules::simpleExpr),
                    simple(p + "agg_params", "metric-agg-params-changed", x -> ValueText.aggParams(x.aggParams())),
                    simple(p + "agg_time_dimension", "metric-agg-time-dimension-changed",
                            MetricParams.Simple::aggTimeDimension),
                    simple(p + "non_additive_dimension", "metric-non-additive-dimension-changed",
                            x -> ValueText.nonAdditive(x.nonAdditiveDimension())),
                    FieldRule.of(p + "join_to_timespine", "metric-null-handling-changed", WARNING,
                            m -> params(m, MetricParams.Simple.class).flatMap(x -> x.joinToTimespine().map(String::valueOf))),
                    FieldRule.of(p + "fill_nulls_with", "metric-null-handling-changed", WARNING,
                            m -> params(m, MetricParams.Simple.class).flatMap(MetricParams.Simple::fillNullsWith)));
            case MetricParams.Ratio r -> List.of(
                    ratio(p + "numerator", x -> ValueText.input(x.numerator())),
                    ratio(p + "denominator", x -> ValueText.input(x.denominator())));
            case MetricParams.Derived d -> List.of(
                    derived(p + "expr", "metric-expr-changed", x -> ValueText.text(x.expr())),
                    derived(p + "metrics", "metric-input-changed", x -> ValueText.inputs(x.inputs())));
            case MetricParams.Cumulative cu -> List.of(
                    cumulative(p + "measure", "metric-input-changed", x -> ValueText.input(x.measure())),
                    cumulative(p + "input_metric", "metric-input-changed", x -> ValueText.input(x.metric())),
                    cumulative(p + "window", "metric-window-changed", x -> ValueText.text(x.window())),
                    cumulative(p + "grain_to_date", "metric-window-changed", MetricParams.Cumulative::grainToDate),
                    cumulative(p + "period_agg", "metric-period-agg-changed", MetricParams.Cumulative::periodAgg));
            case MetricParams.Conversion co -> conversionFields(head.nestedTypeParams() ? p + "conversion_type_params." : p);
            case MetricParams.Unknown u -> List.of(); // its parameters are extensions, compared as such
        };
    }

    private static List<FieldRule<Metric>> conversionFields(String p) {
        return List.of(
                conversion(p + "base_measure", "metric-input-changed", x -> ValueText.input(x.baseMeasure())),
                conversion(p + "base_metric", "metric-input-changed", x -> ValueText.input(x.baseMetric())),
                conversion(p + "conversion_measure", "metric-input-changed", x -> ValueText.input(x.conversionMeasure())),
                conversion(p + "conversion_metric", "metric-input-changed", x -> ValueText.input(x.conversionMetric())),
                conversion(p + "entity", "metric-conversion-changed", MetricParams.Conversion::entity),
                conversion(p + "calculation", "metric-conversion-changed", MetricParams.Conversion::calculation),
                conversion(p + "window", "metric-window-changed", x -> ValueText.text(x.window())),
                conversion(p + "constant_properties", "metric-conversion-changed",
                        x -> ValueText.constants(x.constantProperties())));
    }

    /** A simple metric with {@code agg} aggregates {@code expr}, which defaults to the metric's name. */
    private static Optional<String> simpleExpr(Metric m) {
        return params(m, MetricParams.Simple.class).flatMap(s -> ValueText.text(
                s.agg().isPresent() ? Optional.of(s.expr().orElse(m.name())) : s.expr()));
    }

    private static FieldRule<Metric> simple(String path, String rule, Function<MetricParams.Simple, Optional<String>> value) {
        return typed(path, rule, MetricParams.Simple.class, value);
    }

    private static FieldRule<Metric> ratio(String path, Function<MetricParams.Ratio, Optional<String>> value) {
        return typed(path, "metric-input-changed", MetricParams.Ratio.class, value);
    }

    private static FieldRule<Metric> derived(String path, String rule, Function<MetricParams.Derived, Optional<String>> value) {
        return typed(path, rule, MetricParams.Derived.class, value);
    }

    private static FieldRule<Metric> cumulative(String path, String rule,
                                            Function<MetricParams.Cumulative, Optional<String>> value) {
        return typed(path, rule, MetricParams.Cumulative.class, value);
    }

    private static FieldRule<Metric> conversion(String path, String rule,
                                            Function<MetricParams.Conversion, Optional<String>> value) {
        return typed(path, rule, MetricParams.Conversion.class, value);
    }

    private static <P extends MetricParams> FieldRule<Metric> typed(String path, String rule, Class<P> type,
                                                                Function<P, Optional<String>> value) {
        return FieldRule.of(path, rule, BREAKING, m -> params(m, type).flatMap(value));
    }

    private static <P extends MetricParams> Optional<P> params(Metric m, Class<P> type) {
        return type.isInstance(m.params()) ? Optional.of(type.cast(m.params())) : Optional.empty();
    }
}
