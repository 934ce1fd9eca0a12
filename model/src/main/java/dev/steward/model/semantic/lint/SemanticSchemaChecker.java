package dev.steward.model.semantic.lint;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema check of one semantic-layer file, as dbt-semantic-interfaces runs it per document:
 * unknown keys (with the closest allowed key as a quick fix), values of the wrong type, words
 * outside an enumeration and missing required keys. Reports every problem of an element, and the
 * elements that have errors, so that project rules do not pile follow-on errors onto them.
 */
final class SemanticSchemaChecker {
    static final String RULE_UNKNOWN_KEY = "semantic-unknown-key";
    static final String RULE_WRONG_TYPE = "semantic-wrong-type";
    static final String RULE_REQUIRED_KEY = "semantic-required-key";
    static final String RULE_UNKNOWN_VALUE = "semantic-unknown-value";

    /** The problems found, and the ranges of the elements (semantic model, metric, ...) that have errors. */
    record Result(List<Diagnostic> diagnostics, List<SourceRange> brokenElements) {
    }

    private final Path path;
    private final LineIndex lines;
    private final List<Diagnostic> out = new ArrayList<>();

    private SemanticSchemaChecker(Path path, LineIndex lines) {
        this.path = path;
        this.lines = lines;
    }

    static Result check(Path path, LineIndex lines, List<YamlNode> roots) {
        SemanticSchemaChecker checker = new SemanticSchemaChecker(path, lines);
        List<SourceRange> broken = new ArrayList<>();
        for (YamlNode root : roots) {
            if (root instanceof YamlMapping m) {
                checker.root(m, broken);
            }
        }
        return new Result(List.copyOf(checker.out), List.copyOf(broken));
    }

    private void root(YamlMapping root, List<SourceRange> broken) {
        for (YamlMapping.Entry e : root.entries()) {
            switch (e.name()) {
                case "semantic_models" -> elements(e, SemanticSchema.SEMANTIC_MODEL, broken);
                case "metrics" -> elements(e, SemanticSchema.METRIC, broken);
                case "saved_queries" -> elements(e, SemanticSchema.SAVED_QUERY, broken);
                case "models" -> {
                    if (e.value() instanceof YamlSequence models) {
                        for (YamlNode model : models.items()) {
                            modelEntry(model, broken);
                        }
                    }
                }
                case "semantic_model" -> element(e.value(), SemanticSchema.SEMANTIC_MODEL, broken);
                case "metric" -> element(e.value(), SemanticSchema.METRIC, broken);
                case "saved_query" -> element(e.value(), SemanticSchema.SAVED_QUERY, broken);
                case "project_configuration" -> element(e.value(), SemanticSchema.PROJECT_CONFIGURATION, broken);
                default -> {
                    // other top-level keys (version, sources, seeds, ...) belong to dbt
                }
            }
        }
    }

    /** A top-level list of elements; a mapping here is dbt_project-style config, not semantic content. */
    private void elements(YamlMapping.Entry entry, Shape shape, List<SourceRange> broken) {
        YamlNode node = entry.value();
        if (node instanceof YamlSequence seq) {
            seq.items().forEach(item -> element(item, shape, broken));
        } else if (!node.isNull() && !(node instanceof YamlMapping)) {
            wrongType(node, "a list", entry.name());
        }
    }

    private void modelEntry(YamlNode model, List<SourceRange> broken) {
        if (!(model instanceof YamlMapping m)) {
            return;
        }
        int before = out.size();
        value(m, SemanticSchema.MODEL_ENTRY, "model");
        m.sequence("metrics").ifPresent(metrics -> metrics.items().forEach(x -> brokenIfErrors(x, before, broken)));
        if (hasErrors(before)) {
            m.mapping("semantic_model").ifPresent(sm -> broken.add(sm.range()));
        }
    }

    private void element(YamlNode node, Shape shape, List<SourceRange> broken) {
        int before = out.size();
        value(node, shape, ((Shape.Mapping) shape).what());
        brokenIfErrors(node, before, broken);
    }

    private void brokenIfErrors(YamlNode node, int before, List<SourceRange> broken) {
        for (int i = before; i < out.size(); i++) {
            Diagnostic d = out.get(i);
            if (d.severity() == Severity.ERROR && node.range().contains(d.range().startOffset())) {
                broken.add(node.range());
                return;
            }
        }
    }

    private boolean hasErrors(int before) {
        return out.subList(before, out.size()).stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Checks {@code node} against {@code shape}; {@code where} names the key it sits under. */
    private void value(YamlNode node, Shape shape, String where) {
        if (node.isNull()) {
            return; // an empty value: DSI's pydantic step treats it as absent, and so do the rules
        }
        switch (shape) {
            case Shape.Anything a -> {
            }
            case Shape.Text t -> {
                if (!(node instanceof YamlScalar)) {
                    wrongType(node, shape.describe(), where);
                }
            }
            case Shape.Bool b -> {
                if (!(node instanceof YamlScalar s && s.isBoolean())) {
                    wrongType(node, shape.describe(), where);
                }
            }
            case Shape.Number n -> {
                if (!(node instanceof YamlScalar s && s.isNumber()
                        && (!n.integer() || s.type() == YamlScalar.Type.INTEGER))) {
                    wrongType(node, shape.describe(), where);
                }
            }
            case Shape.Words w -> words(node, w, where);
            case Shape.ListOf l -> {
                if (node instanceof YamlSequence seq) {
                    seq.items().forEach(item -> value(item, l.item(), where));
                } else {
                    wrongType(node, shape.describe(), where);
                }
            }
            case Shape.Either e -> either(node, e, where);
            case Shape.Mapping m -> {
                if (node instanceof YamlMapping map) {
                    mapping(map, m);
                } else {
                    wrongType(node, shape.describe(), where);
                }
            }
        }
    }

    private void either(YamlNode node, Shape.Either e, String where) {
        for (Shape choice : e.choices()) {
            boolean fits = switch (choice) {
                case Shape.Mapping m -> node instanceof YamlMapping;
                case Shape.ListOf l -> node instanceof YamlSequence;
                case Shape.Bool b -> node instanceof YamlScalar s && s.isBoolean();
                default -> node instanceof YamlScalar;
            };
            if (fits) {
                value(node, choice, where);
                return;
            }
        }
        wrongType(node, e.describe(), where);
    }

    private void words(YamlNode node, Shape.Words w, String where) {
        if (!(node instanceof YamlScalar s)) {
            wrongType(node, w.describe(), where);
            return;
        }
        if (w.accepts(s.value())) {
            return;
        }
        Optional<String> close = ClosestMatch.closest(s.value().strip(), w.allowed());
        String message = "'" + where + "' is '" + s.value() + "'; allowed: " + String.join(", ", w.allowed())
                + close.map(c -> ". Did you mean '" + c + "'?").orElse(".");
        List<QuickFix> fixes = close.map(c -> List.of(new QuickFix("Change to '" + c + "'",
                List.of(TextEdit.replace(s.range().startOffset(), s.range().endOffset(), c))))).orElse(List.of());
        out.add(new Diagnostic(path, s.range(), Severity.ERROR, RULE_UNKNOWN_VALUE, message, fixes));
    }

    private void mapping(YamlMapping map, Shape.Mapping shape) {
        String owner = map.text("name").map(n -> shape.what() + " '" + n + "'").orElse(shape.what());
        Set<String> suggested = new HashSet<>();
        for (YamlMapping.Entry e : map.entries()) {
            Shape field = shape.fields().get(e.name());
            if (field != null) {
                value(e.value(), field, e.name());
            } else if (!shape.open()) {
                unknownKey(e, shape, owner).ifPresent(suggested::add);
            }
        }
        for (String key : shape.fields().keySet()) {
            if (shape.required().contains(key) && !map.has(key) && !suggested.contains(key)) {
                missing(map, owner, "'" + key + "'");
            }
        }
        for (List<String> keys : shape.oneOf()) {
            if (keys.stream().noneMatch(map::has) && keys.stream().noneMatch(suggested::contains)) {
                missing(map, owner, String.join(" or ", keys.stream().map(k -> "'" + k + "'").toList()));
            }
        }
        if (shape == SemanticSchema.METRIC && !map.has("type_params") && !suggested.contains("type_params")
                && SemanticSchema.FLATTENED_METRIC_KEYS.stream().noneMatch(map::has)) {
            missing(map, owner, "'type_params' (legacy spec) or the type's own keys such as 'agg' (latest spec)");
        }
    }

    /** Reports an unknown key; returns the key it suggests instead, if any. */
    private Optional<String> unknownKey(YamlMapping.Entry e, Shape.Mapping shape, String owner) {
        Map<String, Shape> fields = shape.fields();
        Optional<String> close = ClosestMatch.closest(e.name(), fields.keySet()).filter(c -> !e.key().isNull());
        String message = "Unknown key '" + e.name() + "' in " + owner
                + close.map(c -> "; did you mean '" + c + "'?").orElse("; allowed keys: " + String.join(", ", fields.keySet()));
        List<QuickFix> fixes = close.map(c -> List.of(new QuickFix("Rename to '" + c + "'",
                List.of(TextEdit.replace(e.key().range().startOffset(), e.key().range().endOffset(), c))))).orElse(List.of());
        out.add(new Diagnostic(path, e.key().range(), Severity.ERROR, RULE_UNKNOWN_KEY, message, fixes));
        return close;
    }

    private void missing(YamlMapping map, String owner, String keys) {
        int start = map.range().startOffset();
        int line = lines.lineOf(start);
        SourceRange at = lines.range(start, Math.max(start, lines.lineEnd(line)));
        out.add(new Diagnostic(path, at, Severity.ERROR, RULE_REQUIRED_KEY,
                Character.toUpperCase(owner.charAt(0)) + owner.substring(1) + " has no " + keys + ", which is required."));
    }

    private void wrongType(YamlNode node, String expected, String where) {
        out.add(new Diagnostic(path, node.range(), Severity.ERROR, RULE_WRONG_TYPE,
                "'" + where + "' must be " + expected + ", not " + node.describe()
                        + (node instanceof YamlScalar s ? " ('" + s.value() + "')" : "") + "."));
    }
}
