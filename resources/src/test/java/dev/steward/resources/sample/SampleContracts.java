package dev.steward.resources.sample;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample's ODCS contracts read structurally, for invariants the validators do not check yet. */
final class SampleContracts {

    /** One schema object: its name and its top-level property mappings. */
    record Table(String file, String name, YamlMapping node, List<YamlMapping> properties) {
        List<String> propertyNames() {
            return properties.stream().map(p -> p.text("name").orElse("")).toList();
        }
    }

    /** One relationship end: {@code table.column} with where it was written. */
    record Reference(String file, String where, String target) {
    }

    private final List<YamlMapping> roots = new ArrayList<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<YamlMapping> qualityRules = new ArrayList<>();

    SampleContracts() {
        YamlParser parser = new YamlParser();
        for (String file : BundledSample.listedFiles()) {
            if (!file.endsWith(".odcs.yaml")) {
                continue;
            }
            YamlMapping root = parser.parse(BundledSample.read(file)).rootMapping().orElseThrow();
            roots.add(root);
            for (YamlMapping object : mappings(root.sequence("schema"))) {
                String table = object.text("name").orElseThrow();
                List<YamlMapping> props = mappings(object.sequence("properties"));
                tables.put(table, new Table(file, table, object, props));
                collectRelationships(file, table, object, true);
                collectQuality(object);
                walkProperties(file, table, props);
            }
        }
    }

    private void walkProperties(String file, String table, List<YamlMapping> props) {
        for (YamlMapping p : props) {
            collectRelationships(file, table + "." + p.text("name").orElse("?"), p, false);
            collectQuality(p);
            walkProperties(file, table, mappings(p.sequence("properties")));
        }
    }

    private void collectRelationships(String file, String where, YamlMapping owner, boolean schemaLevel) {
        for (YamlMapping rel : mappings(owner.sequence("relationships"))) {
            Stream.concat(strings(rel.get("to").orElse(null)).stream(),
                            schemaLevel ? strings(rel.get("from").orElse(null)).stream() : Stream.empty())
                    .forEach(t -> references.add(new Reference(file, where, t)));
        }
    }

    private void collectQuality(YamlMapping owner) {
        qualityRules.addAll(mappings(owner.sequence("quality")));
    }

    List<YamlMapping> roots() {
        return roots;
    }

    Map<String, Table> tables() {
        return tables;
    }

    List<Reference> references() {
        return references;
    }

    List<YamlMapping> qualityRules() {
        return qualityRules;
    }

    static List<YamlMapping> mappings(java.util.Optional<YamlSequence> seq) {
        return seq.map(s -> s.items().stream().filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList())
                .orElse(List.of());
    }

    static List<String> strings(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return List.of(s.value());
        }
        if (node instanceof YamlSequence seq) {
            return seq.items().stream().filter(YamlScalar.class::isInstance).map(n -> ((YamlScalar) n).value()).toList();
        }
        return List.of();
    }
}
