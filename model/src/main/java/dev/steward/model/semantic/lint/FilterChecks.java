package dev.steward.model.semantic.lint;

import dev.steward.model.yaml.ScalarSourceMap;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.filter.FilterProblem;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.semantic.filter.ParsedFilter;
import dev.steward.model.semantic.filter.ParsedGroupBy;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses every where filter ({@code filter:} of metrics and metric inputs, {@code where:} of saved
 * queries) and every saved-query {@code group_by} / {@code order_by} item of one file, and reports
 * problems at their exact position in the file (DSI's WhereFiltersAreParseable and SavedQueryRule);
 * then checks that each dimension, entity and metric they name exists in the project, which DSI
 * leaves to query time ({@link ElementNames}).
 */
final class FilterChecks {
    static final String RULE_FILTER = "semantic-filter-syntax";
    static final String RULE_GROUP_BY = "semantic-group-by-syntax";
    static final String RULE_UNKNOWN_REFERENCE = "semantic-unknown-reference";

    private static final Set<String> SECTIONS = Set.of("semantic_models", "metrics", "saved_queries", "models",
            "metric", "saved_query");

    private final Path path;
    private final LineIndex lines;
    private final ParsedFilters filters;
    private final ElementNames names;
    private final List<Diagnostic> out = new ArrayList<>();

    private FilterChecks(Path path, LineIndex lines, ParsedFilters filters, ElementNames names) {
        this.path = path;
        this.lines = lines;
        this.filters = filters;
        this.names = names;
    }

    /** Checks the filters and group-bys of a file; references are resolved against {@code names} (the project). */
    static List<Diagnostic> check(Path path, LineIndex lines, List<YamlNode> roots, ParsedFilters filters,
                                  ElementNames names) {
        FilterChecks checks = new FilterChecks(path, lines, filters, names);
        for (YamlNode root : roots) {
            if (root instanceof YamlMapping m) {
                for (YamlMapping.Entry e : m.entries()) {
                    if (SECTIONS.contains(e.name())) {
                        checks.walk(e.value(), false);
                    }
                }
            }
        }
        return List.copyOf(checks.out);
    }

    private void walk(YamlNode node, boolean queryParams) {
        switch (node) {
            case YamlMapping m -> {
                for (YamlMapping.Entry e : m.entries()) {
                    switch (e.name()) {
                        case "filter", "where" -> texts(e.value()).forEach(this::filter);
                        case "group_by", "order_by" -> {
                            if (queryParams) {
                                boolean order = e.name().equals("order_by");
                                texts(e.value()).forEach(s -> groupBy(s, order));
                            }
                        }
                        default -> walk(e.value(), e.name().equals("query_params"));
                    }
                }
            }
            case YamlSequence s -> s.items().forEach(n -> walk(n, false));
            case YamlScalar s -> {
            }
        }
    }

    private static List<YamlScalar> texts(YamlNode node) {
        if (node instanceof YamlScalar s && !s.isNull()) {
            return List.of(s);
        }
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().filter(n -> n instanceof YamlScalar s && !s.isNull())
                    .map(YamlScalar.class::cast).toList();
        }
        return List.of();
    }

    private void filter(YamlScalar scalar) {
        ParsedFilter parsed = filters.parse(scalar.value());
        for (FilterProblem p : parsed.problems()) {
            report(scalar, p, RULE_FILTER, "Filter");
        }
        for (FilterSegment.ObjectReference ref : parsed.references()) {
            names.problem(ref.item()).ifPresent(problem -> {
                Diagnostic d = report(scalar, new FilterProblem(ref.item().kind().objectName() + " reference: "
                        + problem.message(), ref.nameStart(), ref.nameEnd()), RULE_UNKNOWN_REFERENCE, "Filter");
                problem.replacement().ifPresent(name -> renameFix(d, scriptName(scalar.value(), ref), name));
            });
        }
    }

    private void groupBy(YamlScalar scalar, boolean orderBy) {
        ParsedGroupBy parsed = orderBy ? GroupByParser.parseOrderBy(scalar.value(), filters.customGrains())
                : GroupByParser.parse(scalar.value(), filters.customGrains());
        String what = orderBy ? "Order-by item" : "Group-by item";
        parsed.problem().ifPresent(p -> report(scalar, p, RULE_GROUP_BY, what));
        parsed.item().flatMap(names::problem).ifPresent(problem -> report(scalar,
                new FilterProblem(problem.message(), 0, scalar.value().length()), RULE_UNKNOWN_REFERENCE, what));
    }

    private Diagnostic report(YamlScalar scalar, FilterProblem p, String rule, String what) {
        String text = lines.text();
        ScalarSourceMap sourceMap = ScalarSourceMap.of(text, scalar);
        int start = sourceMap.fileOffsetOrStart(p.start());
        int end = Math.max(start, sourceMap.fileOffsetOrStart(p.end()));
        Diagnostic d = new Diagnostic(path, lines.range(start, end), Severity.ERROR, rule,
                what + " '" + oneLine(scalar.value()) + "': " + p.message());
        out.add(d);
        return d;
    }

    /** The name inside the quotes of an object reference, as written in the filter. */
    private static String scriptName(String filter, FilterSegment.ObjectReference ref) {
        String quoted = filter.substring(ref.nameStart(), ref.nameEnd());
        return quoted.length() >= 2 && (quoted.charAt(0) == '\'' || quoted.charAt(0) == '"')
                ? quoted.substring(1, quoted.length() - 1) : quoted;
    }

    /** Replaces the diagnostic with one that offers renaming {@code from} to {@code to} where it is written in the file. */
    private void renameFix(Diagnostic d, String from, String to) {
        String source = lines.text().substring(d.range().startOffset(), d.range().endOffset());
        int at = source.indexOf(from);
        if (at < 0 || source.indexOf(from, at + 1) >= 0) {
            return; // written with escapes or more than once: no safe edit
        }
        int offset = d.range().startOffset() + at;
        out.set(out.size() - 1, new Diagnostic(d.path(), d.range(), d.severity(), d.rule(), d.message(),
                List.of(new QuickFix("Change to '" + to + "'", List.of(TextEdit.replace(offset, offset + from.length(), to))))));
    }

    private static String oneLine(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
