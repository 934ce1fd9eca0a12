package dev.steward.model.semantic.lint;

import dev.steward.model.yaml.ScalarSourceMap;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Join-path reachability, which DSI leaves to query time: every dimension a metric's {@code filter}
 * names must be reachable from each semantic model the metric reads, and every dimension a saved
 * query's {@code where} or {@code group_by} names from the models of each of its metrics
 * ({@link JoinReach}). A warning, at the dimension's name in the file.
 */
final class ReachChecks {
    static final String RULE_UNREACHABLE = "semantic-unreachable-dimension";

    private ReachChecks() {
    }

    static List<Diagnostic> check(Path path, LineIndex lines, NodeLocator nodes, SemanticDocument document,
                                  SemanticProject project, JoinReach reach, ParsedFilters filters,
                                  ElementNames names) {
        List<Diagnostic> out = new ArrayList<>();
        for (Metric metric : document.metrics()) {
            Set<SemanticModel> sources = reach.sources(metric);
            nodes.mappingAt(metric.range().startOffset()).flatMap(m -> m.get("filter")).ifPresent(filter ->
                    scalars(filter).forEach(s -> filter(path, lines, s, sources, reach, filters, names, out)));
        }
        for (SavedQuery query : document.savedQueries()) {
            Set<SemanticModel> sources = new LinkedHashSet<>();
            for (String name : query.metrics()) {
                project.metric(name).ifPresent(m -> sources.addAll(reach.sources(m)));
            }
            Optional<YamlMapping> params = nodes.mappingAt(query.range().startOffset()).flatMap(m -> m.mapping("query_params"));
            params.flatMap(p -> p.get("where")).ifPresent(where ->
                    scalars(where).forEach(s -> filter(path, lines, s, sources, reach, filters, names, out)));
            params.flatMap(p -> p.get("group_by")).ifPresent(groupBy -> scalars(groupBy).forEach(s ->
                    GroupByParser.parse(s.value(), filters.customGrains()).item().ifPresent(item ->
                            report(path, lines, s, item, 0, s.value().length(), sources, reach, names, out))));
        }
        return out;
    }

    private static void filter(Path path, LineIndex lines, YamlScalar scalar, Set<SemanticModel> sources, JoinReach reach,
                               ParsedFilters filters, ElementNames names, List<Diagnostic> out) {
        for (FilterSegment.ObjectReference ref : filters.parse(scalar.value()).references()) {
            report(path, lines, scalar, ref.item(), ref.nameStart(), ref.nameEnd(), sources, reach, names, out);
        }
    }

    private static void report(Path path, LineIndex lines, YamlScalar scalar, GroupByItem item, int start, int end,
                               Set<SemanticModel> sources, JoinReach reach, ElementNames names, List<Diagnostic> out) {
        if (names.problem(item).isPresent()) {
            return; // an unknown name is reported as such (FilterChecks)
        }
        for (SemanticModel source : sources) {
            Optional<String> problem = reach.unreachable(item, source);
            if (problem.isPresent()) {
                ScalarSourceMap sourceMap = ScalarSourceMap.of(lines.text(), scalar);
                int from = sourceMap.fileOffsetOrStart(start);
                int to = Math.max(from, sourceMap.fileOffsetOrStart(end));
                out.add(new Diagnostic(path, lines.range(from, to), Severity.WARNING, RULE_UNREACHABLE,
                        problem.get() + "; MetricFlow would refuse the query."));
                return;
            }
        }
    }

    private static List<YamlScalar> scalars(YamlNode node) {
        if (node instanceof YamlScalar s && !s.isNull()) {
            return List.of(s);
        }
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().filter(n -> n instanceof YamlScalar s && !s.isNull()).map(YamlScalar.class::cast)
                    .toList();
        }
        return List.of();
    }
}
