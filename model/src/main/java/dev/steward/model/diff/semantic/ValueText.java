package dev.steward.model.diff.semantic;

import dev.steward.model.diff.YamlValueText;
import dev.steward.model.semantic.AggregationParams;
import dev.steward.model.semantic.ConstantProperty;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.NodeRelation;
import dev.steward.model.semantic.NonAdditiveDimension;
import dev.steward.model.semantic.ValidityParams;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The values of semantic elements as comparable one-line text, written the way YAML would say them
 * ({@code {name: revenue, offset_window: 1 month}}), so a message shows what changed and two values
 * are equal exactly when they mean the same. Whitespace runs in expressions and filters collapse:
 * re-indenting SQL is no change.
 */
final class ValueText {

    private ValueText() {
    }

    static Optional<String> text(Optional<String> value) {
        return value.map(YamlValueText::collapse);
    }

    static Optional<String> flag(boolean value) {
        return Optional.of(String.valueOf(value));
    }

    /** One filter as its text, several as a list; none is empty. */
    static Optional<String> list(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() == 1) {
            return Optional.of(YamlValueText.collapse(values.getFirst()));
        }
        StringJoiner out = new StringJoiner(", ", "[", "]");
        values.forEach(v -> out.add(YamlValueText.collapse(v)));
        return Optional.of(out.toString());
    }

    /** A bare name when the input says nothing more, else its mapping. */
    static String input(MetricInput in) {
        return options(in, false).map(o -> "{name: " + in.name() + ", " + o + "}").orElse(in.name());
    }

    /**
     * The filter, alias, offsets and (unless {@code withoutNullHandling}) null handling of an input,
     * as {@code key: value} pairs; empty when it has none.
     */
    static Optional<String> options(MetricInput in, boolean withoutNullHandling) {
        Fields f = new Fields();
        f.add("filter", list(in.filters()));
        f.add("alias", in.alias());
        f.add("offset_window", text(in.offsetWindow()));
        f.add("offset_to_grain", in.offsetToGrain());
        if (!withoutNullHandling) {
            f.add("join_to_timespine", in.joinToTimespine().map(String::valueOf));
            f.add("fill_nulls_with", in.fillNullsWith());
        }
        in.extensions().forEach((k, v) -> f.add(k, Optional.of(YamlValueText.of(v))));
        return f.isEmpty() ? Optional.empty() : Optional.of(f.joined());
    }

    static Optional<String> input(Optional<MetricInput> in) {
        return in.map(ValueText::input);
    }

    static Optional<String> inputs(List<MetricInput> inputs) {
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner out = new StringJoiner(", ", "[", "]");
        inputs.forEach(i -> out.add(input(i)));
        return Optional.of(out.toString());
    }

    static Optional<String> aggParams(Optional<AggregationParams> params) {
        return params.map(p -> {
            Fields f = new Fields();
            f.add("percentile", p.percentile().map(n -> n.stripTrailingZeros().toPlainString()));
            f.add("use_discrete_percentile", p.useDiscretePercentile() ? Optional.of("true") : Optional.empty());
            f.add("use_approximate_percentile", p.useApproximatePercentile() ? Optional.of("true") : Optional.empty());
            f.add("percentile_type", p.percentileType());
            p.extensions().forEach((k, v) -> f.add(k, Optional.of(YamlValueText.of(v))));
            return "{" + f.joined() + "}";
        });
    }

    static Optional<String> nonAdditive(Optional<NonAdditiveDimension> dimension) {
        return dimension.map(d -> {
            Fields f = new Fields();
            f.add("name", Optional.of(d.name()));
            f.add("window_choice", d.windowChoice());
            f.add("window_groupings", d.windowGroupings().isEmpty() ? Optional.empty()
                    : Optional.of("[" + String.join(", ", d.windowGroupings()) + "]"));
            return "{" + f.joined() + "}";
        });
    }

    /** {@code relation_name} when written, else {@code database.schema.alias} of the parts written. */
    static Optional<String> relation(Optional<NodeRelation> relation) {
        return relation.map(r -> r.relationName().orElseGet(() -> {
            StringJoiner out = new StringJoiner(".");
            r.database().ifPresent(out::add);
            r.schemaName().ifPresent(out::add);
            r.alias().ifPresent(out::add);
            return out.toString();
        }));
    }

    static Optional<String> validity(Optional<ValidityParams> validity) {
        return validity.map(v -> "{is_start: " + v.isStart() + ", is_end: " + v.isEnd() + "}");
    }

    static Optional<String> constants(List<ConstantProperty> constants) {
        if (constants.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner out = new StringJoiner(", ", "[", "]");
        constants.forEach(c -> out.add("{base_property: " + c.baseProperty() + ", conversion_property: "
                + c.conversionProperty() + "}"));
        return Optional.of(out.toString());
    }

    /** {@code key: value} pairs of the values that are present. */
    private static final class Fields {
        private final StringJoiner joined = new StringJoiner(", ");
        private boolean empty = true;

        void add(String key, Optional<String> value) {
            value.ifPresent(v -> {
                joined.add(key + ": " + v);
                empty = false;
            });
        }

        boolean isEmpty() {
            return empty;
        }

        String joined() {
            return joined.toString();
        }
    }
}
