package dev.steward.model.semantic;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a metric in either dbt spec or MetricFlow-native form. Legacy metrics keep their per-type
 * keys under {@code type_params}; latest-spec metrics have them flattened onto the metric. Both
 * read into the same {@link MetricParams}.
 */
final class MetricReader {
    private MetricReader() {
    }

    static Optional<Metric> metric(YamlNode node, Optional<String> owningModel) {
        return MappingFields.named(node).map(f -> metric(f, owningModel));
    }

    private static Metric metric(MappingFields f, Optional<String> owningModel) {
        String type = f.word("type").orElse("");
        Optional<MappingFields> typeParams = f.nested("type_params");
        MappingFields source = typeParams.orElse(f);
        MetricParams params = Enums.parse(Metric.Type.class, type).map(t -> params(t, source)).orElse(new MetricParams.Unknown());
        boolean hidden = f.bool("hidden").orElse(false);
        if (typeParams.isPresent()) {
            hidden |= typeParams.get().bool("is_private").orElse(false);
            f.settle("type_params", typeParams.get());
        }
        return new Metric(f.name(), type, f.text("label"), f.text("description"), f.texts("filter"),
                f.word("time_granularity"), hidden, params, typeParams.isPresent(), owningModel, f.range(), f.extensions());
    }

    private static MetricParams params(Metric.Type type, MappingFields p) {
        return switch (type) {
            case SIMPLE -> simple(p);
            case RATIO -> new MetricParams.Ratio(input(p, "numerator"), input(p, "denominator"));
            case DERIVED -> {
                List<MetricInput> inputs = new ArrayList<>(inputs(p, "metrics"));
                inputs.addAll(inputs(p, "input_metrics"));
                yield new MetricParams.Derived(p.text("expr"), inputs);
            }
            case CUMULATIVE -> cumulative(p);
            case CONVERSION -> conversion(p);
        };
    }

    private static MetricParams.Simple simple(MappingFields p) {
        Optional<AggregationParams> aggParams = SemanticElementReader.legacyAggParams(p);
        if (aggParams.isEmpty() && (p.has("percentile") || p.has("percentile_type"))) {
            Optional<String> percentileType = p.word("percentile_type");
            aggParams = Optional.of(new AggregationParams(p.number("percentile"),
                    percentileType.filter("discrete"::equals).isPresent(),
                    percentileType.filter("approximate"::equals).isPresent(), percentileType, p.range(), Map.of()));
        }
        return new MetricParams.Simple(input(p, "measure"), p.word("agg"), p.text("expr"), aggParams,
                p.text("agg_time_dimension"), SemanticElementReader.nonAdditive(p), p.bool("join_to_timespine"),
                p.text("fill_nulls_with"));
    }

    private static MetricParams.Cumulative cumulative(MappingFields p) {
        Optional<String> window = p.text("window");
        Optional<String> grainToDate = p.word("grain_to_date");
        Optional<String> periodAgg = p.word("period_agg");
        Optional<MetricInput> metric = input(p, "input_metric");
        Optional<MappingFields> nested = p.nested("cumulative_type_params");
        if (nested.isPresent()) {
            MappingFields c = nested.get();
            window = first(c.text("window"), window);
            grainToDate = first(c.word("grain_to_date"), grainToDate);
            periodAgg = first(c.word("period_agg"), periodAgg);
            metric = first(input(c, "metric"), metric);
            p.settle("cumulative_type_params", c);
        }
        return new MetricParams.Cumulative(input(p, "measure"), metric, window, grainToDate, periodAgg);
    }

    private static MetricParams.Conversion conversion(MappingFields p) {
        Optional<MappingFields> nested = p.nested("conversion_type_params");
        MappingFields c = nested.orElse(p);
        List<ConstantProperty> constants = new ArrayList<>();
        List<YamlNode> items = c.items("constant_properties");
        for (YamlNode item : items) {
            if (item instanceof YamlMapping m) {
                constants.add(new ConstantProperty(m.text("base_property").orElse(""),
                        m.text("conversion_property").orElse(""), item.range()));
            }
        }
        MetricParams.Conversion result = new MetricParams.Conversion(c.text("entity"), c.word("calculation"),
                input(c, "base_measure"), input(c, "base_metric"), input(c, "conversion_measure"),
                input(c, "conversion_metric"), c.text("window"), constants);
        nested.ifPresent(n -> p.settle("conversion_type_params", n));
        return result;
    }

    private static <T> Optional<T> first(Optional<T> preferred, Optional<T> fallback) {
        return preferred.isPresent() ? preferred : fallback;
    }

    /** A bare name or an input mapping; consumed only when it reads. */
    static Optional<MetricInput> input(MappingFields owner, String key) {
        Optional<YamlNode> node = owner.mapping().get(key);
        Optional<MetricInput> in = node.flatMap(MetricReader::input);
        if (in.isPresent()) {
            owner.skip(key);
        }
        return in;
    }

    private static List<MetricInput> inputs(MappingFields owner, String key) {
        return SemanticElementReader.list(owner.items(key), MetricReader::input);
    }

    static Optional<MetricInput> input(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return SemanticElementReader.scalarText(s).map(name -> new MetricInput(name, List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), s.range(), Map.of()));
        }
        return MappingFields.named(node).map(f -> new MetricInput(f.name(), f.texts("filter"), f.text("alias"),
                f.text("offset_window"), f.word("offset_to_grain"), f.bool("join_to_timespine"),
                f.text("fill_nulls_with"), f.range(), f.extensions()));
    }
}
