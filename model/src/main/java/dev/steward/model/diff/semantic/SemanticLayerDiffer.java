package dev.steward.model.diff.semantic;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiffer;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeCollector;
import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.UnparsableChange;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticDocumentReader;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.TimeSpine;
import dev.steward.model.semantic.YamlDocumentStream;
import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The diff rules of dbt Semantic Layer / MetricFlow files, in all three surface formats (dbt legacy
 * {@code semantic_models:}/{@code metrics:}, the latest spec inside {@code models:} entries,
 * MetricFlow-native documents). Semantic models, metrics, saved queries and time spines are matched
 * by name, and within a semantic model its entities, dimensions and measures; a file rewritten from
 * one format to another therefore only reports what changed in meaning. Removing anything consumers
 * can name is breaking, adding it is information; the rules for values are in
 * {@link SemanticModelRules}, {@link MetricRules}, {@link SavedQueryRules} and {@link TimeSpineRules}.
 * Stateless and thread-safe.
 */
public final class SemanticLayerDiffer implements ArtifactDiffer {

    private static final SemanticDocumentReader READER = new SemanticDocumentReader();

    @Override
    public Set<ArtifactKind> kinds() {
        return Set.of(ArtifactKind.SEMANTIC);
    }

    @Override
    public List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        return UnparsableChange.guard(before, after, () -> {
            ChangeCollector out = new ChangeCollector();
            Optional<Side> base = before.flatMap(b -> side(b, true, out));
            Optional<Side> head = after.flatMap(h -> side(h, false, out));
            if (!out.isEmpty()) {
                return out.changes();
            }
            Comparison c = new Comparison(out, locator(base), locator(head), models(base), models(head));
            c.children(base.map(Side::tops).orElse(List.of()), head.map(Side::tops).orElse(List.of()), Top::key,
                    Top::rulePrefix, Top::element, Top::range, BREAKING, (b, h) -> compare(c, b, h));
            return out.changes();
        });
    }

    @Override
    public String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        ArtifactRevision revision = after.or(() -> before).orElseThrow();
        try {
            SemanticDocument d = READER.read(revision.document());
            List<String> parts = new ArrayList<>();
            count(parts, d.semanticModels().stream().map(SemanticModel::name).toList(), "semantic model", "semantic models");
            count(parts, d.metrics().stream().map(Metric::name).toList(), "metric", "metrics");
            count(parts, d.savedQueries().stream().map(SavedQuery::name).toList(), "saved query", "saved queries");
            count(parts, d.timeSpines().stream().map(t -> t.model().orElse("")).toList(), "time spine", "time spines");
            return parts.isEmpty() ? fileName(revision) : String.join(", ", parts);
        } catch (RuntimeException e) {
            return fileName(revision);
        }
    }

    /** "1 semantic model (orders)", "2 metrics (revenue, orders)", "8 metrics". */
    private static void count(List<String> parts, List<String> names, String one, String many) {
        if (names.isEmpty()) {
            return;
        }
        String counted = names.size() + " " + (names.size() == 1 ? one : many);
        parts.add(names.size() <= 2 && names.stream().noneMatch(String::isEmpty)
                ? counted + " (" + String.join(", ", names) + ")" : counted);
    }

    private static String fileName(ArtifactRevision revision) {
        return revision.path().substring(revision.path().lastIndexOf('/') + 1);
    }

    /** One revision read: its elements and where their values are; empty (with a change) when it does not parse. */
    private record Side(List<Top> tops, ValueLocator locator, List<SemanticModel> models) {
    }

    private static Optional<Side> side(ArtifactRevision revision, boolean base, ChangeCollector out) {
        YamlDocumentStream.Documents documents = YamlDocumentStream.read(revision.document());
        Optional<SemanticChange> unparsable = UnparsableChange.firstError(revision, base,
                Stream.concat(revision.document().problems().stream(), documents.laterProblems().stream()).toList());
        if (unparsable.isPresent()) {
            out.add(unparsable.get());
            return Optional.empty();
        }
        SemanticDocument d = READER.read(revision.document().path(), documents.roots());
        List<Top> tops = new ArrayList<>();
        d.semanticModels().forEach(m -> tops.add(new Top("semantic_model:" + m.name(), m, m.range())));
        d.metrics().forEach(m -> tops.add(new Top("metric:" + m.name(), m, m.range())));
        d.savedQueries().forEach(q -> tops.add(new Top("saved_query:" + q.name(), q, q.range())));
        d.timeSpines().forEach(t -> tops.add(new Top("time_spine:" + TimeSpineRules.name(t), t, t.range())));
        tops.sort(Comparator.comparingInt(t -> t.range().startOffset()));
        return Optional.of(new Side(tops, new ValueLocator(documents.roots()), d.semanticModels()));
    }

    private static List<SemanticModel> models(Optional<Side> side) {
        return side.map(Side::models).orElse(List.of());
    }

    private static ValueLocator locator(Optional<Side> side) {
        return side.map(Side::locator).orElseGet(() -> new ValueLocator(List.of()));
    }

    /** A semantic model, metric, saved query or time spine, keyed by kind and name. */
    private record Top(String key, Object value, SourceRange range) {
        Element element() {
            return switch (value) {
                case SemanticModel m -> SemanticModelRules.element(m);
                case Metric m -> MetricRules.element(m);
                case SavedQuery q -> SavedQueryRules.element(q);
                case TimeSpine t -> TimeSpineRules.element(t);
                default -> throw new IllegalStateException("not a semantic element: " + value);
            };
        }

        String rulePrefix() {
            return switch (value) {
                case SemanticModel m -> "semantic-model";
                case Metric m -> "metric";
                case TimeSpine t -> "time-spine";
                default -> "saved-query";
            };
        }
    }

    /**
     * Compares a kept element rule by rule. (Removed elements break who names them, a removed time
     * spine the metrics computed against it; added ones are news.)
     */
    private static void compare(Comparison c, Top base, Top head) {
        Element e = head.element();
        switch (head.value()) {
            case SemanticModel m -> SemanticModelRules.compare(c, e, (SemanticModel) base.value(), m);
            case Metric m -> MetricRules.compare(c, e, (Metric) base.value(), m);
            case SavedQuery q -> SavedQueryRules.compare(c, e, (SavedQuery) base.value(), q);
            case TimeSpine t -> TimeSpineRules.compare(c, e, (TimeSpine) base.value(), t);
            default -> throw new IllegalStateException("not a semantic element: " + head.value());
        }
    }
}
