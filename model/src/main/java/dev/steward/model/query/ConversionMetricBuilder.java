package dev.steward.model.query;

import dev.steward.model.semantic.ConstantProperty;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Conversion metrics as MetricFlow computes them: base events and conversion events joined on the entity
 * (and constant properties) where the conversion happens at or after the base event and within the window;
 * each conversion event counts once, for the latest base event before it (FIRST_VALUE ordered by base time
 * descending per conversion row), carrying that base event's group-by values. {@code conversions} is the
 * conversion measure over those rows, {@code conversion_rate} it divided by the base measure.
 */
final class ConversionMetricBuilder {
    private static final String ENTITY = "__entity";
    private static final String TIME = "__time";
    private static final String ROW = "__conversion_row";
    private static final String PROPERTY = "__property_";

    private final CompileContext context;

    ConversionMetricBuilder(CompileContext context) {
        this.context = context;
    }

    MetricBranch build(Metric metric, MetricParams.Conversion params, BranchRequest request)
            throws QueryCompileException {
        SqlDialect d = context.dialect();
        String entity = params.entity().orElseThrow(() -> MetricCatalog.problem(metric, "has no entity"));
        MeasureSpec base = input(metric, params.baseMeasure(), params.baseMetric(), "base", request.filters());
        MeasureSpec conversion = input(metric, params.conversionMeasure(), params.conversionMetric(), "conversion", List.of());
        Optional<TimeShift.Window> window = params.window().map(w -> TimeShift.Window.parse(w).orElse(null));
        if (params.window().isPresent() && window.orElse(null) == null) {
            throw MetricCatalog.problem(metric, "has a window '" + params.window().get() + "' that is not '<count> <grain>'");
        }
        MeasureAggregation measures = new MeasureAggregation(context);
        TimeGranularity grain = MetricBuilder.defaultGrain(metric, base);
        String baseColumn = "__base";
        String baseCte = measures.build(new MeasureAggregation.Request(base, request.keys(), List.of(), request.query(),
                request.shift(), grain, false, baseColumn));

        Map<String, MeasureAggregation.ColumnSource> baseExtras = extras(metric, entity, base, params, true);
        MeasureAggregation.Rows baseRows = measures.rows(new MeasureAggregation.Request(base, request.keys(), List.of(),
                request.query(), request.shift(), grain, false, baseColumn), baseExtras);
        Map<String, MeasureAggregation.ColumnSource> conversionExtras = extras(metric, entity, conversion, params, false);
        conversionExtras.put(ROW, scope -> "ROW_NUMBER() OVER ()");
        MeasureAggregation.Rows conversionRows = measures.rows(new MeasureAggregation.Request(conversion, List.of(),
                List.of(), QueryFilters.NONE, TimeShift.NONE, grain, false, "__conversions"), conversionExtras);

        String over = " OVER (PARTITION BY c." + d.quote(ROW) + " ORDER BY b." + d.quote(TIME)
                + " DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
        List<String> selects = new ArrayList<>();
        for (String key : baseRows.keyNames()) {
            selects.add("FIRST_VALUE(b." + key + ")" + over + " AS " + key);
        }
        selects.add("c." + d.quote(ROW));
        selects.add("c." + d.quote(MeasureAggregation.VALUE));
        StringBuilder on = new StringBuilder("b." + d.quote(ENTITY) + " = c." + d.quote(ENTITY) + "\n    AND b."
                + d.quote(TIME) + " <= c." + d.quote(TIME));
        window.ifPresent(w -> on.append("\n    AND b.").append(d.quote(TIME)).append(" > ")
                .append(d.addInterval("c." + d.quote(TIME), -w.count(), w.grain())));
        for (int i = 0; i < params.constantProperties().size(); i++) {
            String p = d.quote(PROPERTY + i);
            on.append("\n    AND b.").append(p).append(" = c.").append(p);
        }
        Sql.Writer matched = new Sql.Writer().add("SELECT DISTINCT\n  ").add(String.join("\n  , ", selects))
                .add("\nFROM (\n  ").addIndented(baseRows.sql(), "  ").add("\n) b\nINNER JOIN (\n  ")
                .addIndented(conversionRows.sql(), "  ").add("\n) c\n  ON ").add(on.toString());
        Sql.Writer agg = new Sql.Writer().add("SELECT\n  ");
        for (String key : baseRows.keyNames()) {
            agg.add("r." + key + "\n  , ");
        }
        agg.add(measures.aggregate(conversion, "r." + d.quote(MeasureAggregation.VALUE)) + " AS " + d.quote("__conversions"))
                .add("\nFROM (\n  ").addIndented(matched.build(), "  ").add("\n) r");
        if (!baseRows.keyNames().isEmpty()) {
            agg.add("\nGROUP BY " + String.join(", ", baseRows.keyNames().stream().map(k -> "r." + k).toList()));
        }
        String conversionsCte = context.ctes().add(metric.name() + "_conversions", agg.build());
        BranchCombiner combiner = new BranchCombiner(context);
        String combined = combiner.combine(List.of(new MetricBranch(baseCte, baseColumn, Optional.empty()),
                        new MetricBranch(conversionsCte, "__conversions", conversion.fillNullsWith())),
                List.of(baseColumn, "__conversions"), request.keyColumns(), metric.name() + "_inputs");
        boolean rate = params.calculation().map(c -> c.toLowerCase(Locale.ROOT).equals("conversion_rate")).orElse(true);
        String expr = rate ? d.castToDouble("c." + d.quote("__conversions")) + " / NULLIF(" + d.castToDouble("c."
                + d.quote(baseColumn)) + ", 0)" : "c." + d.quote("__conversions");
        Sql.Writer w = new Sql.Writer().add("SELECT\n  ");
        for (String k : request.keyColumns()) {
            w.add("c." + d.quote(k) + "\n  , ");
        }
        w.add(expr + " AS " + d.quote(request.column()) + "\nFROM " + combined + " c");
        return new MetricBranch(context.ctes().add(metric.name(), w.build()), request.column(), Optional.empty());
    }

    private MeasureSpec input(Metric metric, Optional<MetricInput> measure, Optional<MetricInput> simpleMetric,
                              String role, List<String> inherited) throws QueryCompileException {
        List<String> filters = new ArrayList<>(inherited);
        if (measure.isPresent()) {
            filters.addAll(measure.get().filters());
            return context.catalog().measure(measure.get().name(), metric, filters, false, measure.get().fillNullsWith());
        }
        MetricInput input = simpleMetric.orElseThrow(() -> MetricCatalog.problem(metric, "has no " + role + " measure"));
        MeasureSpec spec = context.catalog().simple(context.catalog().metric(input.name(), "metrics"));
        filters.addAll(spec.filters());
        filters.addAll(input.filters());
        return new MeasureSpec(spec.name(), spec.model(), spec.aggregation(), spec.expr(), spec.aggParams(), spec.aggTime(),
                spec.nonAdditive(), filters, false, input.fillNullsWith().or(spec::fillNullsWith));
    }

    private Map<String, MeasureAggregation.ColumnSource> extras(Metric metric, String entity, MeasureSpec measure,
                                                                 MetricParams.Conversion params, boolean base)
            throws QueryCompileException {
        SemanticModel model = measure.model();
        if (model.entity(entity).isEmpty()) {
            throw MetricCatalog.problem(metric, "joins on entity '" + entity + "', which semantic model '"
                    + model.name() + "' of measure '" + measure.name() + "' does not have");
        }
        Map<String, MeasureAggregation.ColumnSource> extras = new LinkedHashMap<>();
        extras.put(ENTITY, scope -> scope.ownElement(entity));
        extras.put(TIME, LeafScope::metricTimeDay);
        List<ConstantProperty> properties = params.constantProperties();
        for (int i = 0; i < properties.size(); i++) {
            String name = base ? properties.get(i).baseProperty() : properties.get(i).conversionProperty();
            if (model.entity(name).isEmpty() && model.dimension(name).map(Dimension::name).isEmpty()) {
                throw MetricCatalog.problem(metric, "has the constant property '" + name + "', which is neither an "
                        + "entity nor a dimension of semantic model '" + model.name() + "'");
            }
            extras.put(PROPERTY + i, scope -> scope.ownElement(name));
        }
        return extras;
    }
}
