package dev.steward.model.semantic.lint;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.filter.FilterProblem;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.semantic.filter.ParsedGroupBy;
import dev.steward.model.semantic.filter.WhereFilterParser;
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
 * problems at their exact position in the file (DSI's WhereFiltersAreParseable and the parse half
 * of SavedQueryRule).
 */
final class FilterChecks {
    static final String RULE_FILTER = "semantic-filter-syntax";
    static final String RULE_GROUP_BY = "semantic-group-by-syntax";

    private static final Set<String> SECTIONS = Set.of("semantic_models", "metrics", "saved_queries", "models",
            "metric", "saved_query");

    private final Path path;
    private final LineIndex lines;
    private final Set<String> customGrains;
    private final List<Diagnostic> out = new ArrayList<>();

    private FilterChecks(Path path, LineIndex lines, Set<String> customGrains) {
        this.path = path;
        this.lines = lines;
        this.customGrains = customGrains;
    }

    static List<Diagnostic> check(Path path, LineIndex lines, List<YamlNode> roots, Set<String> customGrains) {
        FilterChecks checks = new FilterChecks(path, lines, customGrains);
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
        for (FilterProblem p : WhereFilterParser.parse(scalar.value(), customGrains).problems()) {
            report(scalar, p, RULE_FILTER, "Filter");
        }
    }

    private void groupBy(YamlScalar scalar, boolean orderBy) {
        ParsedGroupBy parsed = orderBy ? GroupByParser.parseOrderBy(scalar.value(), customGrains)
                : GroupByParser.parse(scalar.value(), customGrains);
        parsed.problem().ifPresent(p -> report(scalar, p, RULE_GROUP_BY, orderBy ? "Order-by item" : "Group-by item"));
    }

    private void report(YamlScalar scalar, FilterProblem p, String rule, String what) {
        String text = lines.text();
        int start = ScalarOffsets.fileOffset(text, scalar, p.start());
        int end = Math.max(start, ScalarOffsets.fileOffset(text, scalar, p.end()));
        out.add(new Diagnostic(path, lines.range(start, end), Severity.ERROR, rule,
                what + " '" + oneLine(scalar.value()) + "': " + p.message()));
    }

    private static String oneLine(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
