package dev.steward.model.semantic.navigation;

import dev.steward.model.completion.CompletionItem;
import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.contract.CursorContext;
import dev.steward.model.semantic.Dimension;
import dev.steward.model.semantic.Measure;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.MetricInput;
import dev.steward.model.semantic.MetricParams;
import dev.steward.model.semantic.SavedQuery;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticModel;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.filter.DatePart;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes semantic-layer YAML at a cursor, also while the text does not parse: spec keys and enum
 * values (from indentation, like {@link dev.steward.model.contract.ContractCompletionProvider}),
 * measure names where a measure is expected, metric names where metrics are, and group-by names
 * reachable through entity joins in saved-query {@code group_by} and inside {@code Dimension('},
 * {@code TimeDimension('}, {@code Entity('} and {@code Metric('} of filters. Names come from the
 * workspace index with this file's text; thread-safe.
 */
public final class SemanticCompletionProvider implements CompletionProvider {
    private static final Pattern OBJECT_OPEN = Pattern.compile("(Dimension|TimeDimension|Entity|Metric)\\(\\s*['\"]([a-z0-9_]*)$");
    /** A grain being typed: {@code TimeDimension('metric_time', 'mo} or {@code .grain('mo}; a date part: {@code .date_part('ye}. */
    private static final Pattern GRAIN_ARGUMENT = Pattern.compile(
            "(?:TimeDimension\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*|\\.grain\\(\\s*|(\\.date_part\\(\\s*))['\"]\\w*$");
    private static final Set<String> MEASURE_KEYS = Set.of("measure", "base_measure", "conversion_measure");
    private static final Set<String> METRIC_KEYS = Set.of("numerator", "denominator", "input_metric", "base_metric",
            "conversion_metric", "metric");

    private final Supplier<SemanticSymbolIndex> workspace;
    private final Path path;

    /** Completes the file {@code path} of the workspace {@code workspace} gives (read at each request). */
    public SemanticCompletionProvider(Supplier<SemanticSymbolIndex> workspace, Path path) {
        this.workspace = workspace;
        this.path = path;
    }

    @Override
    public List<CompletionItem> complete(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return List.of();
        }
        SemanticSymbolIndex index = workspace.get().with(path, text);
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        Matcher object = OBJECT_OPEN.matcher(text.substring(lineStart, offset));
        if (object.find()) {
            return objectNames(index, text, offset, object.group(1));
        }
        Matcher grain = GRAIN_ARGUMENT.matcher(text.substring(lineStart, offset));
        if (grain.find()) {
            return grains(text, offset, grain.group(1) != null);
        }
        CursorContext at = CursorContext.at(text, offset);
        if (at.atValue()) {
            return values(index, text, offset, at);
        }
        List<String> path = at.path();
        String parent = path.size() >= 2 && path.getLast().equals("-") ? path.get(path.size() - 2) : "";
        String grandparent = path.size() >= 3 ? path.get(path.size() - 3) : "";
        boolean scalarList = parent.equals("group_by") || parent.equals("window_groupings") || parent.equals("order_by")
                || parent.equals("metrics") && (grandparent.equals("query_params") || grandparent.equals("type_params"));
        if (scalarList && !at.partial().contains(":")) {
            return listItems(index, text, offset, grandparent.equals("non_additive_dimension") ? "window_groupings" : parent);
        }
        return keys(text, at);
    }

    // --- keys and enum values ---------------------------------------------------------------

    private static List<CompletionItem> keys(String text, CursorContext at) {
        int indent = at.replaceStart() - text.lastIndexOf('\n', at.replaceStart() - 1) - 1;
        String typed = at.partial().toLowerCase(Locale.ROOT);
        List<CompletionItem> items = new ArrayList<>();
        for (SemanticKeys.Key key : SemanticKeys.keysAt(at.path())) {
            if (at.siblings().containsKey(key.name()) || !key.name().startsWith(typed)) {
                continue;
            }
            String insert = switch (key.shape()) {
                case SCALAR, LIST -> key.name() + ": ";
                case MAPPING -> key.name() + ":\n" + " ".repeat(indent + 2);
                case MAPPING_LIST -> key.name() + ":\n" + " ".repeat(indent + 2) + "- ";
            };
            String detail = switch (key.shape()) {
                case SCALAR -> "key";
                case LIST -> "list";
                case MAPPING -> "mapping";
                case MAPPING_LIST -> "list of mappings";
            };
            items.add(new CompletionItem(key.name(), insert, detail, CompletionItem.Kind.KEY, at.replaceStart(), at.replaceEnd()));
        }
        return items;
    }

    private List<CompletionItem> values(SemanticSymbolIndex index, String text, int offset, CursorContext at) {
        String key = at.key();
        List<String> path = at.path();
        SemanticProject project = index.project();
        Word word = Word.at(text, offset);
        String context = SemanticKeys.context(path);
        if (MEASURE_KEYS.contains(key) || key.equals("name") && context.equals("metric_input") && path.getLast().equals("measure")) {
            return measures(project, word);
        }
        boolean metricList = key.equals("metrics") && (context.equals("query_params") || context.equals("type_params"));
        if (METRIC_KEYS.contains(key) || metricList || key.equals("name") && context.equals("metric_input")) {
            return metrics(project, word);
        }
        if (key.equals("agg_time_dimension") || key.equals("name") && context.equals("non_additive_dimension")) {
            return dimensions(index, offset, word);
        }
        boolean entityList = key.equals("window_groupings") || key.equals("group_by") && context.equals("non_additive_dimension");
        if (key.equals("entity") && !context.equals("column") || entityList || key.equals("primary_entity")) {
            return entities(project, word);
        }
        if (key.equals("expr") && (context.equals("type_params") || context.equals("metric"))) {
            return derivedInputs(index, offset, word);
        }
        if (key.equals("group_by") && context.equals("query_params")) {
            return groupBy(index, offset, word, null);
        }
        List<CompletionItem> starts = new ArrayList<>();
        for (String v : SemanticKeys.valuesOf(path, key)) {
            if (v.startsWith(word.typed())) {
                starts.add(new CompletionItem(v, v, key + " value", CompletionItem.Kind.VALUE, word.start(), word.end()));
            }
        }
        return starts;
    }

    private List<CompletionItem> listItems(SemanticSymbolIndex index, String text, int offset, String listKey) {
        Word word = Word.at(text, offset);
        return switch (listKey) {
            case "metrics" -> metrics(index.project(), word);
            case "window_groupings" -> entities(index.project(), word);
            case "order_by" -> metrics(index.project(), word);
            default -> groupBy(index, offset, word, null);
        };
    }

    private static List<CompletionItem> grains(String text, int offset, boolean datePart) {
        Word word = Word.at(text, offset);
        List<String> words = datePart
                ? java.util.Arrays.stream(DatePart.values()).map(DatePart::keyword).toList()
                : java.util.Arrays.stream(TimeGranularity.values()).map(TimeGranularity::keyword).toList();
        List<CompletionItem> items = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith(word.typed())) {
                items.add(new CompletionItem(w, w, datePart ? "date part" : "time granularity", CompletionItem.Kind.VALUE,
                        word.start(), word.end()));
            }
        }
        return items;
    }

    // --- names ---------------------------------------------------------------------------------

    private List<CompletionItem> objectNames(SemanticSymbolIndex index, String text, int offset, String object) {
        Word word = Word.at(text, offset);
        return switch (object) {
            case "Metric" -> metrics(index.project(), word);
            case "Entity" -> groupBy(index, offset, word, GroupByNames.Kind.ENTITY);
            case "TimeDimension" -> groupBy(index, offset, word, GroupByNames.Kind.TIME);
            default -> groupBy(index, offset, word, GroupByNames.Kind.CATEGORICAL);
        };
    }

    private static List<CompletionItem> measures(SemanticProject project, Word word) {
        List<CompletionItem> items = new ArrayList<>();
        for (SemanticModel model : project.semanticModels()) {
            for (Measure m : model.measures()) {
                String detail = "measure · " + m.agg() + " · " + model.name() + m.description().map(d -> " — " + d).orElse("");
                word.offer(items, m.name(), detail);
            }
        }
        return items;
    }

    private static List<CompletionItem> metrics(SemanticProject project, Word word) {
        List<CompletionItem> items = new ArrayList<>();
        for (Metric m : project.metrics()) {
            word.offer(items, m.name(), "metric · " + m.type() + m.description().map(d -> " — " + d).orElse(""));
        }
        return items;
    }

    private static List<CompletionItem> entities(SemanticProject project, Word word) {
        List<CompletionItem> items = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SemanticModel model : project.semanticModels()) {
            model.entities().stream().filter(e -> seen.add(e.name())).forEach(e -> word.offer(items, e.name(),
                    "entity · " + e.type() + " · " + model.name() + e.description().map(d -> " — " + d).orElse("")));
        }
        return items;
    }

    /** In a derived metric's {@code expr}: the names its inputs go by (alias, else metric name). */
    private List<CompletionItem> derivedInputs(SemanticSymbolIndex index, int offset, Word word) {
        List<CompletionItem> items = new ArrayList<>();
        enclosingMetric(index, offset).filter(m -> m.params() instanceof MetricParams.Derived).ifPresent(m -> {
            for (MetricInput input : ((MetricParams.Derived) m.params()).inputs()) {
                word.offer(items, input.effectiveName(), "input of " + m.name()
                        + input.alias().map(a -> " · alias of " + input.name()).orElse(" · metric"));
            }
        });
        return items;
    }

    private Optional<Metric> enclosingMetric(SemanticSymbolIndex index, int offset) {
        return index.project().documents().stream().filter(d -> d.path().equals(path))
                .flatMap(d -> d.metrics().stream()).filter(m -> inside(m.range(), offset)).findFirst();
    }

    /** Time dimensions of the semantic model the cursor is in (all of them when it is outside one). */
    private List<CompletionItem> dimensions(SemanticSymbolIndex index, int offset, Word word) {
        List<CompletionItem> items = new ArrayList<>();
        Collection<SemanticModel> models = enclosing(index, offset).map(List::of)
                .orElse(index.project().semanticModels());
        for (SemanticModel model : models) {
            for (Dimension d : model.dimensions()) {
                if (d.dimensionType().filter(t -> t == Dimension.Type.TIME).isPresent()) {
                    word.offer(items, d.name(), "time dimension · " + d.timeGranularity().orElse("?") + " · " + model.name());
                }
            }
        }
        return items;
    }

    private List<CompletionItem> groupBy(SemanticSymbolIndex index, int offset, Word word, GroupByNames.Kind only) {
        SemanticProject project = index.project();
        List<CompletionItem> items = new ArrayList<>();
        for (GroupByNames.Name n : GroupByNames.reachable(project, contextModels(index, offset))) {
            boolean wanted = only == null
                    || only == GroupByNames.Kind.ENTITY && n.kind() == GroupByNames.Kind.ENTITY
                    || only == GroupByNames.Kind.TIME && (n.kind() == GroupByNames.Kind.TIME || n.kind() == GroupByNames.Kind.METRIC_TIME) && !n.withGrain()
                    || only == GroupByNames.Kind.CATEGORICAL && n.kind() != GroupByNames.Kind.ENTITY && !n.withGrain();
            if (wanted) {
                String kind = switch (n.kind()) {
                    case CATEGORICAL -> "dimension";
                    case TIME -> "time dimension";
                    case ENTITY -> "entity";
                    case METRIC_TIME -> "metric time";
                };
                SymbolKey key = n.kind() == GroupByNames.Kind.ENTITY ? SymbolKey.of(SymbolKind.ENTITY, n.element())
                        : SymbolKey.dimension(n.model(), n.element());
                Optional<String> description = n.description()
                        .or(() -> index.definitions(key).stream().flatMap(d -> d.description().stream()).findFirst());
                word.offer(items, n.name(), kind + (n.model().isEmpty() ? "" : " · " + n.model())
                        + description.map(d -> " — " + d).orElse(""));
            }
        }
        return items;
    }

    /** The semantic models the metric or saved query around the cursor reads; empty when unknown. */
    private Collection<SemanticModel> contextModels(SemanticSymbolIndex index, int offset) {
        SemanticProject project = index.project();
        Optional<SemanticDocument> doc = project.documents().stream().filter(d -> d.path().equals(path)).findFirst();
        if (doc.isEmpty()) {
            return List.of();
        }
        Optional<Metric> metric = enclosingMetric(index, offset);
        if (metric.isPresent()) {
            return GroupByNames.modelsOf(project, metric.get());
        }
        for (SavedQuery q : doc.get().savedQueries()) {
            if (inside(q.range(), offset)) {
                List<SemanticModel> models = new ArrayList<>();
                q.metrics().forEach(name -> project.metric(name).ifPresent(m -> models.addAll(GroupByNames.modelsOf(project, m))));
                return models.stream().distinct().toList();
            }
        }
        return enclosing(index, offset).map(List::of).orElse(List.of());
    }

    private Optional<SemanticModel> enclosing(SemanticSymbolIndex index, int offset) {
        return index.project().documents().stream().filter(d -> d.path().equals(path))
                .flatMap(d -> d.semanticModels().stream()).filter(m -> inside(m.range(), offset)).findFirst();
    }

    private static boolean inside(SourceRange range, int offset) {
        return offset >= range.startOffset() && offset <= range.endOffset();
    }

    /** The name being typed at the cursor: what it replaces, and what has been typed. */
    private record Word(int start, int end, String typed) {
        static Word at(String text, int offset) {
            int start = offset;
            while (start > 0 && isNameChar(text.charAt(start - 1))) {
                start--;
            }
            int end = offset;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                end++;
            }
            return new Word(start, end, text.substring(start, offset).toLowerCase(Locale.ROOT));
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        /** Adds {@code name} when it starts with (or, after the dunder, contains) what was typed. */
        void offer(List<CompletionItem> items, String name, String detail) {
            if (name.startsWith(typed) || !typed.isEmpty() && name.contains("__" + typed)) {
                items.add(new CompletionItem(name, name, detail, CompletionItem.Kind.REFERENCE, start, end));
            }
        }
    }
}
