package dev.steward.model.semantic.lint;

import dev.steward.model.yaml.ScalarSourceMap;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of single metrics that dbt-semantic-interfaces leaves to query time or does not make:
 * a derived metric's {@code expr} may only name its inputs (by name or alias), reported at the
 * unknown name; and a latest-spec simple metric ({@code agg} without {@code type_params}) must be
 * declared under its model's {@code metrics:}, not at top level, where dbt does not know the model
 * it aggregates.
 */
final class MetricShapeChecks {
    static final String RULE_DERIVED_EXPR = "semantic-derived-expr";
    static final String RULE_METRIC_PLACEMENT = "semantic-metric-placement";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** SQL words an arithmetic expression over metrics may use besides the inputs. */
    private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "null", "is", "case", "when", "then",
            "else", "end", "true", "false", "in", "between", "like", "as", "cast", "distinct", "over", "partition",
            "by", "interval", "day", "days", "month", "months", "year", "years", "week", "weeks", "date", "timestamp",
            "int", "integer", "bigint", "smallint", "float", "double", "precision", "real", "decimal", "numeric",
            "varchar", "text", "boolean");

    private MetricShapeChecks() {
    }

    static List<Diagnostic> check(Path path, LineIndex lines, NodeLocator nodes, SemanticDocument document) {
        List<Diagnostic> out = new ArrayList<>();
        for (Metric metric : document.metrics()) {
            if (metric.params() instanceof MetricParams.Derived d && d.expr().isPresent() && !d.inputs().isEmpty()) {
                exprNode(nodes, metric).ifPresent(node -> derivedExpr(path, lines, metric, d, node, out));
            }
            if (metric.params() instanceof MetricParams.Simple s && s.agg().isPresent() && !metric.nestedTypeParams()
                    && metric.owningModel().isEmpty() && document.semanticModels().stream().noneMatch(m -> m.measures()
                    .stream().anyMatch(x -> x.name().equals(metric.name())))) {
                int start = metric.range().startOffset();
                out.add(new Diagnostic(path, lines.range(start, lines.lineEnd(lines.lineOf(start))), Severity.ERROR,
                        RULE_METRIC_PLACEMENT, "Simple metric '" + metric.name() + "' aggregates with 'agg' (latest"
                        + " spec) but is declared under top-level 'metrics:'; declare it under the 'metrics:' of the"
                        + " model it aggregates (models: - name: ... metrics:), or use type_params.measure (legacy spec)."));
            }
        }
        return out;
    }

    /** The {@code expr} scalar: {@code type_params.expr} (legacy) or {@code expr} (latest spec). */
    private static Optional<YamlScalar> exprNode(NodeLocator nodes, Metric metric) {
        Optional<YamlMapping> m = nodes.mappingAt(metric.range().startOffset());
        return m.flatMap(x -> x.mapping("type_params")).flatMap(tp -> tp.get("expr"))
                .or(() -> m.flatMap(x -> x.get("expr")))
                .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
    }

    private static void derivedExpr(Path path, LineIndex lines, Metric metric, MetricParams.Derived d, YamlScalar node,
                                    List<Diagnostic> out) {
        List<String> inputs = d.inputs().stream().map(MetricInput::effectiveName).toList();
        String expr = node.value();
        Matcher m = IDENTIFIER.matcher(expr);
        while (m.find()) {
            String word = m.group();
            if (quoted(expr, m.start()) || inputs.contains(word) || SQL_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || functionCall(expr, m.end()) || (m.start() > 0 && Character.isDigit(expr.charAt(m.start() - 1)))) {
                continue;
            }
            ScalarSourceMap sourceMap = ScalarSourceMap.of(lines.text(), node);
            int start = sourceMap.fileOffsetOrStart(m.start());
            int end = sourceMap.fileOffsetOrStart(m.end());
            out.add(new Diagnostic(path, lines.range(start, Math.max(start, end)), Severity.ERROR, RULE_DERIVED_EXPR,
                    "Derived metric '" + metric.name() + "' uses '" + word + "' in its expr, which is none of its inputs"
                            + ClosestMatch.closest(word, inputs).map(c -> "; did you mean '" + c + "'?")
                            .orElse("; its inputs: " + String.join(", ", inputs) + ".")
                            + " Add it under the metric's inputs (with an alias if needed) or correct the name."));
        }
    }

    private static boolean functionCall(String expr, int end) {
        int i = end;
        while (i < expr.length() && expr.charAt(i) == ' ') {
            i++;
        }
        return i < expr.length() && expr.charAt(i) == '(';
    }

    /** Whether {@code at} lies inside a single-quoted SQL string. */
    private static boolean quoted(String expr, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (expr.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
