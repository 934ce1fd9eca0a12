package dev.steward.model.diff.contract;

import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.contract.KeyedPairing.Pair;
import dev.steward.model.diff.contract.ListKeys.Collection;
import dev.steward.model.diff.contract.ListKeys.Keyed;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks two revisions of a contract side by side, matching collections by natural key, and asks
 * the {@link RuleTable} what each difference means. Unknown keys and extensions are compared like
 * any other. A whole element added or removed is one change, not one per child.
 */
final class ContractWalker {

    private final boolean dcs;
    private final List<SemanticChange> out = new ArrayList<>();

    private ContractWalker(boolean dcs) {
        this.dcs = dcs;
    }

    /** The changes from {@code base} to {@code head} (DCS {@code $ref}s already inlined). */
    static List<SemanticChange> diff(YamlMapping base, YamlMapping head, String contractId, boolean dcs) {
        ContractWalker walker = new ContractWalker(dcs);
        walker.mapping(Scope.CONTRACT, Place.root(contractId), base, head, Set.of());
        return List.copyOf(walker.out);
    }

    private void mapping(Scope scope, Place place, YamlMapping base, YamlMapping head, Set<String> skip) {
        for (Pair pair : KeyedPairing.pair(entries(base), entries(head))) {
            String key = pair.head().or(pair::base).orElseThrow().label();
            if (!skip.contains(key)) {
                value(scope, place, key, pair.base().map(Keyed::node).orElse(null), pair.head().map(Keyed::node).orElse(null));
            }
        }
    }

    private static List<Keyed> entries(YamlMapping m) {
        if (m == null) {
            return List.of();
        }
        Map<String, Keyed> byKey = new LinkedHashMap<>();
        for (YamlMapping.Entry e : m.entries()) {
            if (!NodeValues.absent(e.value())) {
                byKey.putIfAbsent(e.name(), new Keyed(e.name(), e.name(), Optional.empty(), e.value()));
            }
        }
        return List.copyOf(byKey.values());
    }

    private void value(Scope scope, Place place, String key, YamlNode b, YamlNode h) {
        if (dcs && scope == Scope.CONTRACT && key.equals("definitions")) {
            return; // inlined into the fields that use them
        }
        Optional<Collection> collection = ListKeys.of(scope, key, dcs)
                .or(() -> key.equals("enum") ? ListKeys.enumEntries(h).or(() -> ListKeys.enumEntries(b)) : Optional.empty())
                .filter(c -> fits(c, b) && fits(c, h));
        if (collection.isPresent()) {
            collection(collection.get(), place, key, b, h);
        } else if (b != null && h != null && ListKeys.isSet(scope, key) && scalars(b) && scalars(h)) {
            set(scope, place, key, b, h);
        } else if (b instanceof YamlMapping bm && h instanceof YamlMapping hm) {
            mapping(nested(scope, key), place.block(key), bm, hm, Set.of());
        } else if (key.equals("logicalTypeOptions") && (b instanceof YamlMapping || h instanceof YamlMapping)) {
            mapping(Scope.TYPE_OPTIONS, place.block(key), b instanceof YamlMapping bm ? bm : null,
                    h instanceof YamlMapping hm ? hm : null, Set.of());
        } else if (b == null || h == null || !NodeValues.same(b, h)) {
            ChangeKind kind = b == null ? ChangeKind.ADDED : h == null ? ChangeKind.REMOVED : ChangeKind.UPDATED;
            RuleTable.Finding f = RuleTable.attribute(scope, key, place.attrPrefix() + key, place.owner(), kind, b, h);
            emit(place.child(key), kind, f, b, h, place.subject());
        }
    }

    private Scope nested(Scope scope, String key) {
        return switch (key) {
            case "items", "keys", "values" -> scope == Scope.PROPERTY ? Scope.PROPERTY : scope.nestedDefault();
            case "logicalTypeOptions" -> Scope.TYPE_OPTIONS;
            case "info" -> scope == Scope.CONTRACT && dcs ? Scope.INFO : scope.nestedDefault();
            case "team" -> scope == Scope.CONTRACT ? Scope.TEAM : scope.nestedDefault();
            case "quality" -> Scope.QUALITY;
            default -> scope.nestedDefault();
        };
    }

    private static boolean fits(Collection c, YamlNode node) {
        return node == null || (c.keying() == ListKeys.Keying.MAP_KEY ? node instanceof YamlMapping : node instanceof YamlSequence);
    }

    private static boolean scalars(YamlNode node) {
        return NodeValues.items(node).stream().allMatch(YamlScalar.class::isInstance);
    }

    private void collection(Collection c, Place place, String key, YamlNode b, YamlNode h) {
        List<Keyed> base = b == null ? List.of() : ListKeys.keyed(c, b);
        List<Keyed> head = h == null ? List.of() : ListKeys.keyed(c, h);
        List<Pair> pairs = KeyedPairing.pair(base, head);
        if (c.item() == Scope.RELATIONSHIP && relinked(place, key, pairs)) {
            return;
        }
        for (Pair pair : pairs) {
            Keyed shown = pair.head().or(pair::base).orElseThrow();
            Place item = itemPlace(c, place, place.child(key) + "." + shown.label(), shown.label());
            if (c.item() == Scope.SLA) {
                item = NodeValues.text(shown.node(), "element").map(item::concerning).orElse(item);
            }
            if (pair.head().isEmpty() || pair.base().isEmpty()) {
                boolean added = pair.base().isEmpty();
                ChangeKind kind = added ? ChangeKind.ADDED : ChangeKind.REMOVED;
                YamlNode node = shown.node();
                emit(item.path(), kind, RuleTable.item(c.item(), kind, item.owner(), node, shown.label()),
                        added ? null : node, added ? node : null, item.subject());
                continue;
            }
            Keyed was = orEmpty(pair.base().get());
            Keyed now = orEmpty(pair.head().get());
            boolean named = c.item() == Scope.OBJECT || c.item() == Scope.PROPERTY;
            if (named && !was.label().equals(now.label())) {
                Place old = itemPlace(c, place, place.child(key) + "." + was.label(), was.label());
                emit(item.path(), ChangeKind.RENAMED, RuleTable.item(c.item(), ChangeKind.RENAMED, old.owner(), now.node(), now.label()),
                        was.node(), now.node(), item.subject(), Optional.of(was.label()), Optional.of(now.label()));
            }
            if (was.node() instanceof YamlMapping bm && now.node() instanceof YamlMapping hm) {
                if (c.item() == Scope.SLA) {
                    ServiceLevelWalk.compare(this, item, shown.label(), bm, hm);
                } else {
                    mapping(c.item(), item, bm, hm, named && !dcs ? Set.of("name") : Set.of());
                }
            } else if (!NodeValues.same(was.node(), now.node())) {
                value(c.item(), item, "value", was.node(), now.node());
            }
        }
    }

    /**
     * One relationship gone and one new in the same list is one relationship pointed elsewhere:
     * reported as one update, not a removal and an addition.
     */
    private boolean relinked(Place place, String key, List<Pair> pairs) {
        List<Keyed> gone = pairs.stream().filter(p -> p.head().isEmpty()).map(p -> p.base().orElseThrow()).toList();
        List<Keyed> added = pairs.stream().filter(p -> p.base().isEmpty()).map(p -> p.head().orElseThrow()).toList();
        if (gone.size() != 1 || added.size() != 1 || pairs.size() != 2) {
            return false;
        }
        YamlNode was = gone.getFirst().node();
        YamlNode now = added.getFirst().node();
        String message = "relationship " + (place.owner().equals("contract") ? "" : "of " + place.owner() + " ")
                + gone.getFirst().label() + " → " + added.getFirst().label();
        emit(place.child(key) + "." + added.getFirst().label(), ChangeKind.UPDATED,
                new RuleTable.Finding(ContractRule.RELATIONSHIP_CHANGED, message), was, now, place.subject());
        return true;
    }

    /** A map entry written without a value ({@code my_field:}) is an element with no attributes. */
    private static Keyed orEmpty(Keyed item) {
        return NodeValues.absent(item.node())
                ? new Keyed(item.key(), item.label(), item.id(), new YamlMapping(List.of(), false, item.node().range()))
                : item;
    }

    private Place itemPlace(Collection c, Place place, String path, String label) {
        return switch (c.item()) {
            case OBJECT -> place.object(path, label, c.noun());
            case PROPERTY -> place.property(path, label, c.noun());
            default -> place.owned(path, c.noun() + " `" + label + "`"
                    + (c.subordinate() && !place.owner().equals("contract") ? " of " + place.owner() : ""));
        };
    }

    private void set(Scope scope, Place place, String key, YamlNode b, YamlNode h) {
        List<YamlNode> before = NodeValues.items(b);
        List<YamlNode> after = NodeValues.items(h);
        List<String> beforeValues = before.stream().map(ListKeys::setValue).toList();
        List<String> afterValues = after.stream().map(ListKeys::setValue).toList();
        for (YamlNode gone : before) {
            String v = ListKeys.setValue(gone);
            if (!afterValues.contains(v)) {
                RuleTable.Finding f = RuleTable.setValue(scope, key, place.attrPrefix() + key, place.owner(), ChangeKind.REMOVED, v);
                emit(place.child(key), ChangeKind.REMOVED, f, gone, null, place.subject(), Optional.of(v), Optional.empty(), h.range());
            }
        }
        for (YamlNode added : after) {
            String v = ListKeys.setValue(added);
            if (!beforeValues.contains(v)) {
                RuleTable.Finding f = RuleTable.setValue(scope, key, place.attrPrefix() + key, place.owner(), ChangeKind.ADDED, v);
                emit(place.child(key), ChangeKind.ADDED, f, null, added, place.subject(), Optional.empty(), Optional.of(v), b.range());
            }
        }
    }

    void emit(String element, ChangeKind kind, RuleTable.Finding f, YamlNode before, YamlNode after, String subject) {
        emit(element, kind, f, before, after, subject, Optional.ofNullable(before).map(NodeValues::show),
                Optional.ofNullable(after).map(NodeValues::show));
    }

    private void emit(String element, ChangeKind kind, RuleTable.Finding f, YamlNode before, YamlNode after, String subject,
                      Optional<String> beforeText, Optional<String> afterText) {
        emit(element, kind, f, before, after, subject, beforeText, afterText, null);
    }

    private void emit(String element, ChangeKind kind, RuleTable.Finding f, YamlNode before, YamlNode after, String subject,
                      Optional<String> beforeText, Optional<String> afterText, SourceRange otherSide) {
        Optional<SourceRange> baseRange = Optional.ofNullable(before).map(YamlNode::range)
                .or(() -> kind == ChangeKind.ADDED ? Optional.ofNullable(otherSide) : Optional.empty());
        Optional<SourceRange> headRange = Optional.ofNullable(after).map(YamlNode::range)
                .or(() -> kind == ChangeKind.REMOVED ? Optional.ofNullable(otherSide) : Optional.empty());
        out.add(new SemanticChange(element, kind, f.rule().severity(), f.rule().id(), beforeText, afterText, f.message(), baseRange,
                headRange, Optional.of(subject), List.of()));
    }

    /** For the service-level walk: a finding with a severity decided outside the rule table. */
    void emitJudged(String element, ContractRule rule, String message, YamlNode before, YamlNode after, String subject) {
        emit(element, ChangeKind.UPDATED, new RuleTable.Finding(rule, message), before, after, subject);
    }

    void mappingOf(Scope scope, Place place, YamlMapping base, YamlMapping head, Set<String> skip) {
        mapping(scope, place, base, head, skip);
    }
}
