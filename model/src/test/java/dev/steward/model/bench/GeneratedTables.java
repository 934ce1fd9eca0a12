package dev.steward.model.bench;

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
import java.util.stream.Collectors;

/** Tables, relationship ends and quality rules read back from generated contracts. */
final class GeneratedTables {

    record Reference(String fromTable, String target) {
        String table() {
            return target.substring(0, target.indexOf('.'));
        }
    }

    final Map<String, Set<String>> columns = new HashMap<>();
    final Map<String, Integer> order = new HashMap<>();
    final Map<String, String> fileOfTable = new HashMap<>();
    final List<Reference> references = new ArrayList<>();
    final List<YamlMapping> rules = new ArrayList<>();
    int nestedObjects;
    int compositeRelationships;

    void add(String file, YamlMapping root) {
        for (YamlMapping object : items(root.sequence("schema"))) {
            String table = object.text("name").orElseThrow();
            order.put(table, order.size());
            fileOfTable.put(table, file);
            List<YamlMapping> props = items(object.sequence("properties"));
            columns.put(table, props.stream().map(p -> p.text("name").orElseThrow()).collect(Collectors.toSet()));
            rules.addAll(items(object.sequence("quality")));
            for (YamlMapping rel : items(object.sequence("relationships"))) {
                if (rel.sequence("to").map(s -> s.size() > 1).orElse(false)) {
                    compositeRelationships++;
                }
                strings(rel.get("to")).forEach(t -> references.add(new Reference(table, t)));
                strings(rel.get("from")).forEach(t -> references.add(new Reference(table, t)));
            }
            for (YamlMapping p : props) {
                rules.addAll(items(p.sequence("quality")));
                items(p.sequence("relationships")).forEach(rel -> strings(rel.get("to"))
                        .forEach(t -> references.add(new Reference(table, t))));
                if (p.has("properties")) {
                    nestedObjects++;
                }
            }
        }
    }

    boolean resolves(String target) {
        String[] parts = target.split("\\.", 2);
        return parts.length == 2 && columns.getOrDefault(parts[0], Set.of()).contains(parts[1]);
    }

    static List<YamlMapping> items(Optional<YamlSequence> seq) {
        return seq.map(s -> s.items().stream().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList())
                .orElse(List.of());
    }

    private static List<String> strings(Optional<YamlNode> node) {
        if (node.orElse(null) instanceof YamlScalar s) {
            return List.of(s.value());
        }
        if (node.orElse(null) instanceof YamlSequence seq) {
            return seq.items().stream().map(n -> ((YamlScalar) n).value()).toList();
        }
        return List.of();
    }
}
