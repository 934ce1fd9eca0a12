package dev.steward.model.semantic.navigation;

import dev.steward.model.yaml.ScalarSourceMap;
import dev.steward.model.semantic.filter.FilterSegment;
import dev.steward.model.semantic.filter.GroupByItem;
import dev.steward.model.semantic.filter.GroupByParser;
import dev.steward.model.semantic.filter.ItemKind;
import dev.steward.model.semantic.filter.ParsedGroupBy;
import dev.steward.model.semantic.filter.SemanticNames;
import dev.steward.model.semantic.filter.TimeGranularity;
import dev.steward.model.semantic.filter.WhereFilterParser;
import dev.steward.model.yaml.LineIndex;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What scanning one file collects, and the ways names are written (plain, in filters, in dunder paths). */
final class FileScan {
    private static final Pattern OBJECT_NAME = Pattern.compile("\\(\\s*(['\"])([^'\"]*)\\1");
    private static final Pattern LIST_ARGUMENT = Pattern.compile("\\b(entity_path|group_by)\\s*=\\s*\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("(['\"])([^'\"]*)\\1");

    final Path path;
    final String text;
    final LineIndex lines;
    final List<SymbolDefinition> definitions = new ArrayList<>();
    final List<PendingReference> references = new ArrayList<>();

    FileScan(Path path, String text, LineIndex lines) {
        this.path = path;
        this.text = text;
        this.lines = lines;
    }

    // --- definitions ------------------------------------------------------------------------

    void define(SymbolKey key, String owner, YamlScalar name, boolean explicit, List<String> facts,
                Optional<String> description) {
        define(key, owner, name, explicit, Optional.empty(), facts, description);
    }

    /** A definition whose name is implicit (the column's); {@code naming} writes an explicit one. */
    void define(SymbolKey key, String owner, YamlScalar name, boolean explicit, Optional<NameInsertion> naming,
                List<String> facts, Optional<String> description) {
        if (name.isNull() || name.value().isBlank()) {
            return;
        }
        definitions.add(new SymbolDefinition(key, owner, new SymbolLocation(path, nameRange(name)), explicit, naming,
                facts, description));
    }

    /**
     * How to add {@code name:} to an unnamed column entity or dimension: a scalar shorthand
     * ({@code categorical}) becomes a flow mapping, a mapping gets the key before its first entry.
     */
    Optional<NameInsertion> naming(YamlNode node) {
        if (node instanceof YamlScalar s && !s.isNull()) {
            SourceRange r = s.range();
            return Optional.of(new NameInsertion(r.startOffset(), r.length(), "{type: " + s.value().strip() + ", name: ", "}"));
        }
        if (node instanceof YamlMapping m && !m.entries().isEmpty()) {
            SourceRange first = m.entries().getFirst().key().range();
            String after = m.flow() ? ", " : "\n" + " ".repeat(first.startColumn() - 1);
            return Optional.of(new NameInsertion(first.startOffset(), 0, "name: ", after));
        }
        return Optional.empty();
    }

    /** The range of a scalar's text without its quotes. */
    private SourceRange nameRange(YamlScalar name) {
        ScalarSourceMap map = ScalarSourceMap.of(text, name);
        int length = name.value().length();
        if (map.exact(0, length)) {
            return lines.range(map.fileStart(0), map.fileEnd(length));
        }
        return name.range();
    }

    // --- plain references ---------------------------------------------------------------------

    /** A name written as a whole scalar ({@code measure: order_total}) or as {@code {name: ...}}. */
    void reference(PendingReference.Expect expect, String scope, YamlNode node) {
        YamlNode name = node instanceof YamlMapping m ? m.get("name").orElse(null) : node;
        if (name instanceof YamlScalar s && !s.isNull()) {
            ScalarSourceMap map = ScalarSourceMap.of(text, s);
            String value = s.value();
            int start = 0;
            int end = value.length();
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
            if (map.exact(start, end)) {
                add(expect, scope, value.substring(start, end), map, start, end);
            }
        }
        if (node instanceof YamlMapping m) {
            m.get("filter").ifPresent(this::filters);
        }
    }

    /** Each scalar of a list (or a single scalar) as a reference. */
    void references(PendingReference.Expect expect, String scope, YamlNode node) {
        if (node instanceof YamlSequence seq) {
            seq.items().forEach(item -> reference(expect, scope, item));
        } else if (node != null) {
            reference(expect, scope, node);
        }
    }

    private void add(PendingReference.Expect expect, String scope, String name, ScalarSourceMap map, int start, int end) {
        references.add(new PendingReference(expect, scope, name, lines.range(map.fileStart(start), map.fileEnd(end))));
    }

    // --- filters and group-by names -----------------------------------------------------------

    /** A where filter: a string or a list of strings, each with {@code {{ Dimension('...') }}} objects. */
    void filters(YamlNode node) {
        if (node instanceof YamlSequence seq) {
            seq.items().forEach(this::filters);
        } else if (node instanceof YamlScalar s && s.isString()) {
            ScalarSourceMap map = ScalarSourceMap.of(text, s);
            for (FilterSegment.ObjectReference ref : WhereFilterParser.parse(s.value()).references()) {
                int start = ref.nameStart();
                int end = ref.nameEnd();
                if (end - start >= 2 && isQuote(s.value().charAt(start)) && s.value().charAt(end - 1) == s.value().charAt(start)) {
                    start++; // the name's range covers its quotes
                    end--;
                }
                dunder(ref.item().kind(), s.value(), start, end, map);
                listNames(s.value(), ref.start(), ref.end(), map);
            }
        }
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    /** Saved-query {@code group_by} / {@code order_by} items: dunder names or objects without braces. */
    void groupBys(YamlNode node, boolean orderBy) {
        if (!(node instanceof YamlSequence seq)) {
            return;
        }
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlScalar s) || !s.isString()) {
                continue;
            }
            String value = s.value();
            ParsedGroupBy parsed = orderBy ? GroupByParser.parseOrderBy(value, java.util.Set.of()) : GroupByParser.parse(value);
            if (parsed.item().isEmpty()) {
                continue;
            }
            GroupByItem groupBy = parsed.item().get();
            ScalarSourceMap map = ScalarSourceMap.of(text, s);
            int start;
            int end;
            Matcher call = OBJECT_NAME.matcher(value);
            if (value.indexOf('(') >= 0) {
                if (!call.find()) {
                    continue;
                }
                start = call.start(2);
                end = call.end(2);
            } else {
                start = 0;
                end = value.length();
                while (start < end && (Character.isWhitespace(value.charAt(start)) || value.charAt(start) == '-')) {
                    start++;
                }
                while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                    end--;
                }
            }
            ItemKind kind = groupBy.kind() == ItemKind.NAME && orderBy ? null : groupBy.kind();
            dunder(kind, value, start, end, map);
            listNames(value, end, value.length(), map);
        }
    }

    /**
     * The quoted names of {@code entity_path=[...]} (entities) and {@code group_by=[...]} (group-by
     * names of a {@code Metric}) inside {@code value[from, to)}.
     */
    private void listNames(String value, int from, int to, ScalarSourceMap map) {
        Matcher list = LIST_ARGUMENT.matcher(value).region(from, to);
        while (list.find()) {
            boolean entities = list.group(1).equals("entity_path");
            Matcher literal = QUOTED.matcher(value).region(list.start(2), list.end(2));
            while (literal.find()) {
                dunder(entities ? ItemKind.ENTITY : ItemKind.NAME, value, literal.start(2), literal.end(2), map);
            }
        }
    }

    /**
     * The parts of a name literal {@code value[start, end)}: {@code order__customer__region__month}
     * gives entities {@code order}, {@code customer} and the dimension {@code region} reached via
     * {@code customer}; a trailing grain or date part is not a symbol. {@code kind} null is an
     * order-by name (a metric or a group-by name).
     */
    private void dunder(ItemKind kind, String value, int start, int end, ScalarSourceMap map) {
        String literal = value.substring(start, end);
        if (kind == ItemKind.METRIC) {
            if (map.exact(start, end) && !literal.contains(SemanticNames.DUNDER)) {
                add(PendingReference.Expect.METRIC, "", literal, map, start, end);
            }
            return;
        }
        List<int[]> parts = new ArrayList<>();
        int from = start;
        while (true) {
            int split = value.indexOf(SemanticNames.DUNDER, from);
            if (split < 0 || split >= end) {
                parts.add(new int[] {from, end});
                break;
            }
            parts.add(new int[] {from, split});
            from = split + SemanticNames.DUNDER.length();
        }
        if (parts.size() > 1) {
            String last = value.substring(parts.getLast()[0], parts.getLast()[1]);
            if (TimeGranularity.parse(last).map(TimeGranularity::keyword).filter(last::equals).isPresent()
                    || last.startsWith("extract_")) {
                parts.removeLast();
            }
        }
        String first = value.substring(parts.getFirst()[0], parts.getFirst()[1]);
        if (first.equals(SemanticNames.METRIC_TIME) || parts.stream().anyMatch(p -> !map.exact(p[0], p[1]))) {
            return;
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            add(PendingReference.Expect.ENTITY, "", value.substring(parts.get(i)[0], parts.get(i)[1]), map,
                    parts.get(i)[0], parts.get(i)[1]);
        }
        int[] element = parts.getLast();
        String via = parts.size() > 1 ? value.substring(parts.get(parts.size() - 2)[0], parts.get(parts.size() - 2)[1]) : "";
        PendingReference.Expect expect;
        if (kind == null) {
            expect = parts.size() == 1 ? PendingReference.Expect.ORDER_BY_NAME : PendingReference.Expect.GROUP_BY_NAME;
        } else {
            expect = switch (kind) {
                case ENTITY -> PendingReference.Expect.ENTITY;
                case DIMENSION, TIME_DIMENSION -> PendingReference.Expect.DIMENSION_VIA_ENTITY;
                default -> PendingReference.Expect.GROUP_BY_NAME;
            };
        }
        if (expect == PendingReference.Expect.DIMENSION_VIA_ENTITY && via.isEmpty()) {
            return;
        }
        add(expect, via, value.substring(element[0], element[1]), map, element[0], element[1]);
    }

    // --- small readers ------------------------------------------------------------------------

    static Optional<YamlScalar> scalar(YamlMapping m, String key) {
        return m.get(key).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast).filter(s -> !s.isNull());
    }

    static List<YamlMapping> mappings(YamlMapping m, String key) {
        return m.sequence(key).map(s -> s.items().stream().filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).toList()).orElse(List.of());
    }

    /** "key: value" for each present scalar key. */
    static List<String> facts(YamlMapping m, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            scalar(m, key).ifPresent(s -> out.add(key + ": " + s.value().strip()));
        }
        return out;
    }
}
