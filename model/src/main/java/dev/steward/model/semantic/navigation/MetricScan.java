package dev.steward.model.semantic.navigation;

import dev.steward.model.yaml.ScalarSourceMap;
import static dev.steward.model.semantic.navigation.FileScan.facts;
import static dev.steward.model.semantic.navigation.FileScan.scalar;

import dev.steward.model.semantic.navigation.PendingReference.Expect;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Metrics and saved queries: their definitions and every name they refer to, in both specs
 * (legacy {@code type_params} and the latest spec's flattened keys), including filter objects and
 * the input names a derived {@code expr} uses.
 */
final class MetricScan {
    private final FileScan scan;
    private final ModelScan models;

    MetricScan(FileScan scan, ModelScan models) {
        this.scan = scan;
        this.models = models;
    }

    /** A metric; {@code model} is the semantic model a latest-spec metric is declared under, else empty. */
    void metric(YamlMapping m, String model) {
        Optional<YamlScalar> name = scalar(m, "name");
        if (name.isEmpty()) {
            return;
        }
        List<String> facts = facts(m, "type", "agg", "expr", "label");
        m.mapping("type_params").ifPresent(p -> facts.addAll(facts(p, "measure", "expr")));
        if (!model.isEmpty()) {
            facts.add("semantic model: " + model);
        }
        scan.define(SymbolKey.of(SymbolKind.METRIC, name.get().value()), model, name.get(), true, facts,
                ModelScan.text(m, "description"));
        m.get("filter").ifPresent(scan::filters);
        params(m, model);
        m.mapping("type_params").ifPresent(p -> params(p, model));
    }

    /** The per-type keys, wherever they sit: on the metric, under {@code type_params} or the nested params. */
    private void params(YamlMapping p, String model) {
        p.get("measure").ifPresent(n -> scan.reference(Expect.MEASURE, "", n));
        for (String key : List.of("base_measure", "conversion_measure")) {
            p.get(key).ifPresent(n -> scan.reference(Expect.MEASURE, "", n));
        }
        for (String key : List.of("numerator", "denominator", "input_metric", "metric", "base_metric", "conversion_metric")) {
            p.get(key).ifPresent(n -> scan.reference(Expect.METRIC, "", n));
        }
        p.get("entity").ifPresent(n -> scan.reference(Expect.ENTITY, "", n));
        p.get("agg_time_dimension").filter(n -> !model.isEmpty())
                .ifPresent(n -> scan.reference(Expect.DIMENSION_OF_MODEL, model, n));
        if (!model.isEmpty()) {
            models.nonAdditive(p, model);
        }
        for (String key : List.of("metrics", "input_metrics")) {
            p.sequence(key).ifPresent(inputs -> {
                inputs.items().forEach(i -> scan.reference(Expect.METRIC, "", i));
                scalar(p, "expr").ifPresent(expr -> derivedExpr(expr, inputs));
            });
        }
        constantProperties(p);
        p.mapping("cumulative_type_params").ifPresent(c -> params(c, model));
        p.mapping("conversion_type_params").ifPresent(c -> params(c, model));
    }

    /** {@code constant_properties[]{base_property, conversion_property}}: elements of the inputs' models. */
    private void constantProperties(YamlMapping p) {
        String base = inputName(p, "base_measure", "base_metric");
        String conversion = inputName(p, "conversion_measure", "conversion_metric");
        for (YamlMapping c : FileScan.mappings(p, "constant_properties")) {
            c.get("base_property").filter(n -> !base.isEmpty())
                    .ifPresent(n -> scan.reference(Expect.ELEMENT_OF_INPUT, base, n));
            c.get("conversion_property").filter(n -> !conversion.isEmpty())
                    .ifPresent(n -> scan.reference(Expect.ELEMENT_OF_INPUT, conversion, n));
        }
    }

    private static String inputName(YamlMapping p, String measureKey, String metricKey) {
        YamlNode input = p.get(measureKey).or(() -> p.get(metricKey)).orElse(null);
        YamlNode name = input instanceof YamlMapping m ? m.get("name").orElse(null) : input;
        return name instanceof YamlScalar s && !s.isNull() ? s.value().strip() : "";
    }

    /** Identifiers of a derived {@code expr} that are input metric names (inputs without an alias). */
    private void derivedExpr(YamlScalar expr, YamlSequence inputs) {
        Set<String> names = new HashSet<>();
        for (YamlNode input : inputs.items()) {
            if (input instanceof YamlScalar s && !s.isNull()) {
                names.add(s.value().strip());
            } else if (input instanceof YamlMapping m && !m.has("alias")) {
                scalar(m, "name").ifPresent(s -> names.add(s.value().strip()));
            }
        }
        ScalarSourceMap map = ScalarSourceMap.of(scan.text, expr);
        String value = expr.value();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\'' || c == '"') {
                int close = value.indexOf(c, i + 1);
                i = close < 0 ? value.length() : close + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < value.length() && (Character.isLetterOrDigit(value.charAt(i)) || value.charAt(i) == '_')) {
                    i++;
                }
                boolean qualified = start > 0 && value.charAt(start - 1) == '.';
                String word = value.substring(start, i);
                if (!qualified && names.contains(word) && map.exact(start, i)) {
                    scan.references.add(new PendingReference(Expect.METRIC, "", word,
                            scan.lines.range(map.fileStart(start), map.fileEnd(i))));
                }
            } else {
                i++;
            }
        }
    }

    void savedQuery(YamlMapping q) {
        Optional<YamlScalar> name = scalar(q, "name");
        if (name.isEmpty()) {
            return;
        }
        List<String> facts = new ArrayList<>(facts(q, "label"));
        scan.define(SymbolKey.of(SymbolKind.SAVED_QUERY, name.get().value()), "", name.get(), true, facts,
                ModelScan.text(q, "description"));
        YamlMapping params = q.mapping("query_params").orElse(q);
        params.get("metrics").ifPresent(n -> scan.references(Expect.METRIC, "", n));
        params.get("group_by").ifPresent(n -> scan.groupBys(n, false));
        params.get("order_by").ifPresent(n -> scan.groupBys(n, true));
        params.get("where").ifPresent(scan::filters);
    }
}
