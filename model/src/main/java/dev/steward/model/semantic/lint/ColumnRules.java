package dev.steward.model.semantic.lint;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.Aggregation;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Entity;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.ref.ModelColumn;
import dev.steward.model.semantic.ref.ModelRefResolver;
import dev.steward.model.semantic.ref.ModelSource;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.text.TextEdit;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a file's semantic models against the table their {@code model: ref('x')} resolves to
 * ({@link ModelRefResolver}): an unresolved ref; an {@code expr} (or name) that is a plain column
 * name the table does not have; an aggregation that does not fit the column's logical type; a time
 * dimension on a column that is not a date or timestamp; a primary entity on a column the contract
 * declares neither primary key nor unique. Types and keys come from data contracts; a seed CSV
 * gives column names only.
 */
final class ColumnRules {
    static final String RULE_UNRESOLVED_REF = "semantic-unresolved-ref";
    static final String RULE_UNKNOWN_COLUMN = "semantic-unknown-column";
    static final String RULE_AGGREGATION_TYPE = "semantic-aggregation-type";
    static final String RULE_TIME_DIMENSION_TYPE = "semantic-time-dimension-type";
    static final String RULE_PRIMARY_ENTITY_KEY = "semantic-primary-entity-key";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SQL_LITERALS = Set.of("true", "false", "null");
    /** What a column type is, across ODCS logical types and DCS types; UNKNOWN is never judged. */
    enum TypeFamily { NUMERIC, TEXT, BOOLEAN, TEMPORAL, OTHER, UNKNOWN;

        static TypeFamily of(String type) {
            return switch (type.strip().toLowerCase(Locale.ROOT)) {
                case "number", "integer", "int", "long", "bigint", "smallint", "float", "double", "decimal",
                     "numeric", "real" -> NUMERIC;
                case "string", "text", "varchar" -> TEXT;
                case "boolean", "bool" -> BOOLEAN;
                case "date", "timestamp", "timestamp_tz", "timestamp_ntz", "datetime" -> TEMPORAL;
                case "time", "object", "array", "record", "struct", "map", "bytes", "variant" -> OTHER;
                default -> UNKNOWN;
            };
        }
    }

    private final Path path;
    private final LineIndex lines;
    private final NodeLocator nodes;
    private final List<Diagnostic> out = new ArrayList<>();

    private ColumnRules(Path path, LineIndex lines, NodeLocator nodes) {
        this.path = path;
        this.lines = lines;
        this.nodes = nodes;
    }

    static List<Diagnostic> check(Path path, LineIndex lines, NodeLocator nodes, SemanticDocument document,
                                  ModelRefResolver resolver, WorkspaceIndex index) {
        ColumnRules rules = new ColumnRules(path, lines, nodes);
        for (SemanticModel model : document.semanticModels()) {
            model.model().ifPresent(name -> rules.model(model, resolver.resolve(name, index), document));
        }
        return List.copyOf(rules.out);
    }

    private void model(SemanticModel model, ModelRefResolver.Resolution resolution, SemanticDocument document) {
        if (resolution.source().isEmpty()) {
            SourceRange at = nodes.scalar(model.range().startOffset(), "model").map(YamlScalar::range)
                    .orElse(firstLine(model.range()));
            out.add(new Diagnostic(path, at, Severity.WARNING, RULE_UNRESOLVED_REF, "Semantic model '" + model.name()
                    + "' reads model '" + resolution.name() + "', which Steward could not find; looked at: "
                    + String.join("; ", resolution.lookedAt()) + ". Column checks are skipped for it."));
            return;
        }
        ModelSource source = resolution.source().get();
        Optional<List<ModelColumn>> columns = source.columns();
        if (columns.isEmpty()) {
            return;
        }
        Table table = new Table(source, columns.get());
        for (Entity e : model.entities()) {
            table.column(this, e.name(), e.expr(), e.range(), "Entity").ifPresent(c -> primaryKey(model, e, c, table));
        }
        for (Dimension d : model.dimensions()) {
            table.column(this, d.name(), d.expr(), d.range(), "Dimension").ifPresent(c -> timeDimension(d, c, table));
        }
        for (Measure m : model.measures()) {
            table.column(this, m.name(), m.expr(), m.range(), "Measure")
                    .ifPresent(c -> aggregation("Measure", m.name(), m.agg(), m.range(), c, table));
        }
        for (Metric metric : document.metrics()) {
            if (metric.params() instanceof MetricParams.Simple s && s.agg().isPresent()
                    && metric.owningModel().equals(model.model())) {
                table.column(this, metric.name(), s.expr(), metric.range(), "Metric")
                        .ifPresent(c -> aggregation("Metric", metric.name(), s.agg().get(), metric.range(), c, table));
            }
        }
    }

    private void primaryKey(SemanticModel model, Entity e, ModelColumn c, Table table) {
        if (e.entityType().orElse(null) != Entity.Type.PRIMARY || !(table.source() instanceof ModelSource.ContractObject)
                || c.primaryKey() || c.unique()) {
            return;
        }
        out.add(new Diagnostic(path, e.range(), Severity.WARNING, RULE_PRIMARY_ENTITY_KEY, "Primary entity '" + e.name()
                + "' of semantic model '" + model.name() + "' is column '" + c.name() + "', which "
                + table.source().describe() + " declares neither 'primaryKey: true' nor 'unique: true'; joins on a"
                + " non-unique key fan out. Mark the property as key or unique in the contract, or use type: foreign."));
    }

    private void timeDimension(Dimension d, ModelColumn c, Table table) {
        Optional<String> type = c.logicalType().map(t -> t.toLowerCase(Locale.ROOT));
        TypeFamily family = type.map(TypeFamily::of).orElse(TypeFamily.UNKNOWN);
        if (d.dimensionType().orElse(null) == Dimension.Type.TIME && family != TypeFamily.UNKNOWN
                && family != TypeFamily.TEMPORAL) {
            out.add(new Diagnostic(path, d.range(), Severity.ERROR, RULE_TIME_DIMENSION_TYPE, "Time dimension '"
                    + d.name() + "' reads column '" + c.name() + "', whose logicalType in " + table.source().describe()
                    + " is " + type.get() + "; a time dimension needs a date or timestamp column."));
        }
    }

    private void aggregation(String kind, String name, String agg, SourceRange range, ModelColumn c, Table table) {
        Optional<String> type = c.logicalType().map(t -> t.toLowerCase(Locale.ROOT));
        Optional<Aggregation> a = parse(agg);
        if (type.isEmpty() || a.isEmpty()) {
            return;
        }
        TypeFamily family = TypeFamily.of(type.get());
        boolean misfit = family != TypeFamily.UNKNOWN && switch (a.get()) {
            case SUM, AVERAGE, PERCENTILE, MEDIAN -> family != TypeFamily.NUMERIC;
            case SUM_BOOLEAN -> family != TypeFamily.BOOLEAN;
            default -> false;
        };
        if (misfit) {
            String allowed = a.get() == Aggregation.SUM_BOOLEAN ? "a boolean column"
                    : "a numeric column (number or integer)";
            out.add(new Diagnostic(path, range, Severity.ERROR, RULE_AGGREGATION_TYPE, kind + " '" + name + "' aggregates"
                    + " column '" + c.name() + "' with " + agg.toLowerCase(Locale.ROOT) + ", but its logicalType in "
                    + table.source().describe() + " is " + type.get() + "; " + agg.toLowerCase(Locale.ROOT) + " needs "
                    + allowed + (family == TypeFamily.BOOLEAN ? " (use sum_boolean to count true values)" : "") + "."));
        }
    }

    private static Optional<Aggregation> parse(String agg) {
        for (Aggregation a : Aggregation.values()) {
            if (a.name().equalsIgnoreCase(agg.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private SourceRange firstLine(SourceRange r) {
        int line = lines.lineOf(r.startOffset());
        return lines.range(r.startOffset(), Math.max(r.startOffset(), lines.lineEnd(line)));
    }

    /** The resolved table's columns, looked up case-insensitively as unquoted SQL identifiers are. */
    private record Table(ModelSource source, List<ModelColumn> columns) {

        /**
         * The column an element reads when its {@code expr} (or, without one, its name) is a plain
         * column name; reports a missing column. Empty for SQL expressions and missing columns.
         */
        Optional<ModelColumn> column(ColumnRules rules, String name, Optional<String> expr, SourceRange range, String kind) {
            String column = expr.orElse(name).strip();
            if (!COLUMN.matcher(column).matches() || SQL_LITERALS.contains(column.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<ModelColumn> found = columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
            if (found.isEmpty()) {
                rules.unknownColumn(this, name, expr, column, range, kind);
            }
            return found;
        }
    }

    private void unknownColumn(Table table, String name, Optional<String> expr, String column, SourceRange range,
                               String kind) {
        List<String> names = table.columns().stream().map(ModelColumn::name).toList();
        Optional<String> close = ClosestMatch.closest(column, names);
        Optional<YamlScalar> exprNode = nodes.scalar(range.startOffset(), "expr");
        SourceRange at = exprNode.map(YamlScalar::range).orElse(range);
        List<QuickFix> fixes = new ArrayList<>();
        close.ifPresent(c -> {
            if (exprNode.isPresent()) {
                fixes.add(new QuickFix("Change expr to '" + c + "'", List.of(TextEdit.replace(
                        exprNode.get().range().startOffset(), exprNode.get().range().endOffset(), c))));
            } else if (expr.isEmpty() && nodes.mappingAt(range.startOffset())
                    .filter(m -> !m.flow() && m.text("name").filter(name::equals).isPresent()).isPresent()) {
                String indent = " ".repeat(range.startColumn() - 1);
                fixes.add(new QuickFix("Add expr: " + c, List.of(TextEdit.insert(range.startOffset(),
                        "expr: " + c + "\n" + indent))));
            }
        });
        out.add(new Diagnostic(path, at, Severity.ERROR, RULE_UNKNOWN_COLUMN, kind + " '" + name + "' reads column '"
                + column + "', which " + table.source().describe() + " does not have"
                + close.map(c -> "; did you mean '" + c + "'?").orElse("; its columns: " + String.join(", ", names) + ".")
                , fixes));
    }
}
