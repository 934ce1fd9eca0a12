package dev.steward.model.yaml;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds {@link YamlNode}s straight from SnakeYAML's parser events, without its intermediate node
 * tree: one pass, positions from the event marks. Aliases share the anchored node; the size the
 * tree would have with every alias expanded is tracked as it is built, so an alias bomb is refused
 * after work proportional to the text, not to its expansion.
 */
final class EventTreeBuilder {

    /** A limit was reached or the document cannot be built; the parse stops with this rule and message. */
    static final class ParseStopped extends RuntimeException {
        private final String rule;
        private final transient Mark mark;

        ParseStopped(String rule, String message, Mark mark) {
            super(message, null, false, false);
            this.rule = rule;
            this.mark = mark;
        }

        String rule() {
            return rule;
        }

        Mark mark() {
            return mark;
        }
    }

    /** A node and its size with aliases counted as copies. */
    private record Built(YamlNode node, long size) {
    }

    private final Parser parser;
    private final Resolver resolver;
    private final YamlLimits limits;
    private final SourcePositions positions;
    private final Path path;
    private final List<Diagnostic> problems;
    private final Map<String, Built> anchors = new HashMap<>();
    private int depth;
    private int collectionAliases;

    EventTreeBuilder(Parser parser, Resolver resolver, YamlLimits limits, SourcePositions positions, Path path,
                     List<Diagnostic> problems) {
        this.parser = parser;
        this.resolver = resolver;
        this.limits = limits;
        this.positions = positions;
        this.path = path;
        this.problems = problems;
    }

    /** The first document's root (empty for an empty stream); warns when more documents follow. */
    Optional<YamlNode> firstDocument() {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return Optional.empty();
        }
        parser.getEvent(); // document start
        YamlNode root = node().node();
        parser.getEvent(); // document end
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            int at = positions.offset(parser.peekEvent().getStartMark());
            problems.add(new Diagnostic(path, positions.lines().range(at, at), Severity.WARNING, YamlParser.RULE_MULTI_DOC,
                    "The file holds more than one YAML document; only the first is read"));
        }
        return Optional.of(root);
    }

    private Built node() {
        Event event = parser.getEvent();
        return switch (event) {
            case AliasEvent alias -> alias(alias);
            case ScalarEvent scalar -> anchor(scalar, new Built(scalar(scalar), 1));
            case CollectionStartEvent start when event.is(Event.ID.SequenceStart) -> sequence(start);
            case CollectionStartEvent start -> mapping(start);
            default -> throw new ParseStopped(YamlParser.RULE_SYNTAX, "Invalid YAML: unexpected " + event.getEventId(),
                    event.getStartMark());
        };
    }

    private Built alias(AliasEvent alias) {
        Built target = anchors.get(alias.getAnchor());
        if (target == null) {
            throw new ParseStopped(YamlParser.RULE_SYNTAX, "Alias '*" + alias.getAnchor() + "' refers to no anchor: define '&"
                    + alias.getAnchor() + "' on a value before this point", alias.getStartMark());
        }
        if (!(target.node() instanceof YamlScalar) && ++collectionAliases > limits.maxAliases()) {
            throw new ParseStopped(YamlParser.RULE_ALIAS_BOMB, "More than " + limits.maxAliases()
                    + " aliases to collections; the document looks like a YAML bomb and is not loaded", alias.getStartMark());
        }
        return target;
    }

    private Built sequence(CollectionStartEvent start) {
        enter(start);
        boolean flow = start.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        if (start.getAnchor() != null) {
            anchors.put(start.getAnchor(), new Built(new YamlSequence(List.of(), flow, positions.range(start.getStartMark(), start.getEndMark())), 1));
        }
        List<YamlNode> items = new ArrayList<>();
        long size = 1;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            Built item = node();
            items.add(item.node());
            size = grow(size, item.size(), start);
        }
        Event end = parser.getEvent();
        depth--;
        YamlSequence node = new YamlSequence(items, flow, positions.collectionRange(start.getStartMark(), end.getEndMark()));
        return anchor(start, new Built(node, size));
    }

    private Built mapping(CollectionStartEvent start) {
        enter(start);
        boolean flow = start.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        if (start.getAnchor() != null) {
            anchors.put(start.getAnchor(), new Built(new YamlMapping(List.of(), flow, positions.range(start.getStartMark(), start.getEndMark())), 1));
        }
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Map<String, YamlScalar> seen = null;
        long size = 1;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Built keyBuilt = node();
            YamlScalar key = asKey(keyBuilt.node());
            if (entries.size() == 8 && seen == null) {
                seen = new HashMap<>();
                for (YamlMapping.Entry e : entries) {
                    seen.putIfAbsent(e.name(), e.key());
                }
            }
            YamlScalar first = seen != null ? seen.putIfAbsent(key.value(), key) : firstWithKey(entries, key.value());
            if (first != null) {
                problems.add(new Diagnostic(path, key.range(), Severity.ERROR, YamlParser.RULE_DUPLICATE_KEY,
                        "Duplicate key '" + key.value() + "': it is already defined at line "
                                + first.range().startLine() + "; YAML keeps only one of them"));
            }
            Built value = node();
            entries.add(new YamlMapping.Entry(key, value.node()));
            size = grow(grow(size, keyBuilt.size(), start), value.size(), start);
        }
        Event end = parser.getEvent();
        depth--;
        YamlMapping node = new YamlMapping(entries, flow, positions.collectionRange(start.getStartMark(), end.getEndMark()));
        return anchor(start, new Built(node, size));
    }

    private void enter(Event start) {
        if (++depth > limits.maxDepth()) {
            throw new ParseStopped(YamlParser.RULE_TOO_DEEP, "The YAML is nested more than " + limits.maxDepth()
                    + " levels deep here; Steward refuses to read it", start.getStartMark());
        }
    }

    private long grow(long size, long add, Event at) {
        long total = size + add;
        if (total > limits.maxExpandedNodes()) {
            throw new ParseStopped(YamlParser.RULE_ALIAS_BOMB, "Aliases expand this document to more than "
                    + limits.maxExpandedNodes() + " nodes; it looks like a YAML bomb and is not loaded", at.getStartMark());
        }
        return total;
    }

    private Built anchor(NodeEvent event, Built built) {
        if (event.getAnchor() != null) {
            anchors.put(event.getAnchor(), built);
        }
        return built;
    }

    private static YamlScalar firstWithKey(List<YamlMapping.Entry> entries, String key) {
        for (YamlMapping.Entry e : entries) {
            if (e.key().value().equals(key)) {
                return e.key();
            }
        }
        return null;
    }

    /** A key as a scalar; a complex (collection) key keeps its source text. */
    private YamlScalar asKey(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s;
        }
        SourceRange r = node.range();
        return new YamlScalar(positions.lines().text().substring(r.startOffset(), r.endOffset()), YamlScalar.Type.STRING,
                YamlScalar.Style.PLAIN, r);
    }

    private YamlScalar scalar(ScalarEvent event) {
        YamlScalar.Style style = switch (event.getScalarStyle()) {
            case SINGLE_QUOTED -> YamlScalar.Style.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> YamlScalar.Style.DOUBLE_QUOTED;
            case LITERAL -> YamlScalar.Style.LITERAL;
            case FOLDED -> YamlScalar.Style.FOLDED;
            default -> YamlScalar.Style.PLAIN;
        };
        String explicit = event.getTag();
        Tag tag = explicit == null || explicit.equals("!")
                ? resolver.resolve(NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar())
                : new Tag(explicit);
        YamlScalar.Type type;
        if (Tag.INT.equals(tag)) {
            type = YamlScalar.Type.INTEGER;
        } else if (Tag.FLOAT.equals(tag)) {
            type = YamlScalar.Type.FLOAT;
        } else if (Tag.BOOL.equals(tag)) {
            type = YamlScalar.Type.BOOLEAN;
        } else if (Tag.NULL.equals(tag)) {
            type = YamlScalar.Type.NULL;
        } else if (Tag.TIMESTAMP.equals(tag)) {
            type = YamlScalar.Type.TIMESTAMP;
        } else {
            type = YamlScalar.Type.STRING;
        }
        return new YamlScalar(event.getValue(), type, style, positions.scalarRange(event.getStartMark(), event.getEndMark()));
    }
}
