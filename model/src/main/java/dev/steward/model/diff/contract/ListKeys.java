package dev.steward.model.diff.contract;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collections of a contract and the natural key of their items, so lists are matched by what
 * an item is, never by its position: ODCS schema objects and properties by {@code id} then
 * {@code name}, servers by {@code server}, SLA entries by {@code property} (+{@code element}),
 * roles by {@code role}, support by {@code channel}, team members by {@code username}, links by
 * {@code url}, custom properties by {@code property}, quality rules by {@code id}, else
 * {@code name}, else content, relationships by ({@code to}, {@code from}, {@code type}); DCS maps
 * by their keys.
 */
final class ListKeys {

    /** How the items of a collection are keyed. */
    enum Keying { MAP_KEY, ID_OR_NAME, FIELDS, QUALITY, RELATIONSHIP }

    /**
     * One collection kind.
     *
     * @param item        the scope of each item
     * @param noun        what a person calls an item
     * @param subordinate whether messages name the owner too ("quality rule `x` of property `o.p`")
     * @param keying      how items are keyed
     * @param fields      the key fields for {@link Keying#FIELDS}
     */
    record Collection(Scope item, String noun, boolean subordinate, Keying keying, List<String> fields) {
    }

    /**
     * One item with its natural key.
     *
     * @param key   what items are matched by
     * @param label the path segment and the name a person reads
     * @param id    the stable {@code id}, when the collection matches by it
     * @param node  the item
     */
    record Keyed(String key, String label, Optional<String> id, YamlNode node) {
    }

    /** Lists of scalars compared as sets: one change per value added or removed. */
    private static final Set<String> SETS = Set.of("enum", "tags", "transformSourceObjects", "firstLevelApprovers",
            "secondLevelApprovers", "synonyms");

    private ListKeys() {
    }

    static Optional<Collection> of(Scope scope, String key, boolean dcs) {
        Collection c = switch (key) {
            case "schema" -> scope == Scope.CONTRACT && !dcs ? of(Scope.OBJECT, "schema object", Keying.ID_OR_NAME) : null;
            case "models" -> scope == Scope.CONTRACT && dcs ? of(Scope.OBJECT, "model", Keying.MAP_KEY) : null;
            case "properties" -> !dcs && (scope == Scope.OBJECT || scope == Scope.PROPERTY)
                    ? of(Scope.PROPERTY, "property", Keying.ID_OR_NAME) : null;
            case "fields" -> dcs && (scope == Scope.OBJECT || scope == Scope.PROPERTY) ? of(Scope.PROPERTY, "field", Keying.MAP_KEY) : null;
            case "servers" -> scope == Scope.CONTRACT
                    ? (dcs ? of(Scope.SERVER, "server", Keying.MAP_KEY) : fields(Scope.SERVER, "server", false, "server")) : null;
            case "servicelevels" -> scope == Scope.CONTRACT && dcs ? of(Scope.SLA, "SLA", Keying.MAP_KEY) : null;
            case "slaProperties" -> scope == Scope.CONTRACT ? fields(Scope.SLA, "SLA", false, "property", "element") : null;
            case "team" -> scope == Scope.CONTRACT && !dcs ? fields(Scope.MEMBER, "team member", false, "username") : null;
            case "members" -> scope == Scope.TEAM ? fields(Scope.MEMBER, "team member", false, "username") : null;
            case "roles" -> scope == Scope.CONTRACT || scope == Scope.SERVER
                    ? fields(Scope.ROLE, "role", scope == Scope.SERVER, dcs ? "name" : "role") : null;
            case "support" -> scope == Scope.CONTRACT ? fields(Scope.SUPPORT, "support channel", false, "channel") : null;
            case "authoritativeDefinitions" -> fields(Scope.LINK, "authoritative definition", true, "url");
            case "customProperties" -> fields(Scope.CUSTOM, "custom property", true, "property");
            case "quality" -> scope == Scope.CONTRACT && dcs ? null : new Collection(Scope.QUALITY, "quality rule", true, Keying.QUALITY, List.of());
            case "relationships" -> new Collection(Scope.RELATIONSHIP, "relationship", true, Keying.RELATIONSHIP, List.of());
            default -> null;
        };
        return Optional.ofNullable(c);
    }

    /** ODCS v3.2 {@code enum} entries are objects keyed by {@code value}. */
    static Optional<Collection> enumEntries(YamlNode value) {
        boolean objects = value instanceof YamlSequence seq && !seq.items().isEmpty()
                && seq.items().stream().allMatch(YamlMapping.class::isInstance);
        return objects ? Optional.of(fields(Scope.ENUM_VALUE, "enum value", true, "value")) : Optional.empty();
    }

    static boolean isSet(Scope scope, String key) {
        return SETS.contains(key) || scope == Scope.TYPE_OPTIONS && key.equals("required");
    }

    private static Collection of(Scope item, String noun, Keying keying) {
        return new Collection(item, noun, false, keying, List.of());
    }

    private static Collection fields(Scope item, String noun, boolean subordinate, String... keys) {
        return new Collection(item, noun, subordinate, Keying.FIELDS, List.of(keys));
    }

    /** The items of {@code value} (a list, or a map for DCS), keyed; repeated keys get {@code #2}, {@code #3}... */
    static List<Keyed> keyed(Collection c, YamlNode value) {
        List<Keyed> raw = new ArrayList<>();
        if (c.keying() == Keying.MAP_KEY && value instanceof YamlMapping map) {
            map.entries().forEach(e -> raw.add(new Keyed(e.name(), e.name(), Optional.empty(), e.value())));
        } else if (value instanceof YamlSequence seq) {
            seq.items().stream().filter(n -> !NodeValues.absent(n)).forEach(n -> raw.add(keyOf(c, n)));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Keyed> out = new ArrayList<>(raw.size());
        for (Keyed k : raw) {
            int n = seen.merge(k.key(), 1, Integer::sum);
            out.add(n == 1 ? k : new Keyed(k.key() + "#" + n, k.label() + "#" + n, k.id(), k.node()));
        }
        return out;
    }

    private static Keyed keyOf(Collection c, YamlNode node) {
        String content = NodeValues.canonical(node);
        if (!(node instanceof YamlMapping m)) {
            return new Keyed(content, NodeValues.show(node), Optional.empty(), node);
        }
        return switch (c.keying()) {
            case ID_OR_NAME -> {
                Optional<String> id = m.text("id");
                Optional<String> name = m.text("name");
                yield new Keyed(name.map(n -> "name:" + n).orElse(id.map(i -> "id:" + i).orElse(content)),
                        name.or(() -> id).orElse(NodeValues.show(node)), id, node);
            }
            case FIELDS -> {
                List<String> parts = c.fields().stream().map(f -> m.text(f).orElse(null)).toList();
                if (parts.getFirst() == null) {
                    yield new Keyed(content, NodeValues.show(node), Optional.empty(), node);
                }
                String label = parts.getFirst() + (parts.size() > 1 && parts.get(1) != null ? "[" + parts.get(1) + "]" : "");
                yield new Keyed(label, label, Optional.empty(), node);
            }
            case QUALITY -> {
                Optional<String> named = m.text("id").map(i -> "id:" + i).or(() -> m.text("name").map(n -> "name:" + n));
                String label = m.text("id").or(() -> m.text("name")).or(() -> m.text("metric")).or(() -> m.text("rule"))
                        .or(() -> m.text("type")).orElse("rule");
                yield new Keyed(named.orElse(content), label, Optional.empty(), node);
            }
            case RELATIONSHIP -> {
                String type = m.text("type").orElse("foreignKey");
                String from = m.get("from").map(NodeValues::show).orElse("");
                String to = m.get("to").map(NodeValues::show).orElse("");
                String label = (from.isEmpty() ? "" : from + "→") + to + ("foreignKey".equals(type) ? "" : " (" + type + ")");
                yield new Keyed(type + "|" + m.get("from").map(NodeValues::canonical).orElse("") + "|"
                        + m.get("to").map(NodeValues::canonical).orElse(""), label, Optional.empty(), node);
            }
            case MAP_KEY -> new Keyed(content, NodeValues.show(node), Optional.empty(), node);
        };
    }

    /** The text of a scalar item of a set-like list. */
    static String setValue(YamlNode item) {
        return item instanceof YamlScalar s ? s.value() : NodeValues.show(item);
    }
}
