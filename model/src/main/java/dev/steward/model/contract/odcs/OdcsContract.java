package dev.steward.model.contract.odcs;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A read-only outline of one ODCS document: its schema objects and their (nested) properties,
 * with the YAML nodes they come from. Built once per validation and shared by every rule, so that
 * no rule walks or indexes the tree again. Tolerates any shape: parts that are not what the
 * standard expects are skipped (the structural checker reports them).
 */
public final class OdcsContract {

    /** One entry of {@code schema[]}. {@code name} and {@code id} are null when absent or not text. */
    public record SchemaObject(YamlMapping node, YamlScalar name, YamlScalar id, List<Property> properties,
                               List<Property> allProperties) {

        public String nameText() {
            return name == null ? null : name.value();
        }

        public String idText() {
            return id == null ? null : id.value();
        }

        /** A property of this object by dotted path ({@code address.city}). */
        public Optional<Property> property(String dottedPath) {
            for (Property p : allProperties) {
                if (p.path().equals(dottedPath)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        public List<String> propertyPaths() {
            return allProperties.stream().map(Property::path).toList();
        }
    }

    /**
     * One entry of a {@code properties[]} list. {@code path} is dotted from the schema object
     * ({@code address.city}); nested lists come from {@code properties} and {@code items.properties}.
     */
    public record Property(YamlMapping node, YamlScalar name, String path, YamlScalar id, String logicalType,
                           List<Property> properties) {

        public String nameText() {
            return name.value();
        }

        public String idText() {
            return id == null ? null : id.value();
        }
    }

    private final YamlDocument document;
    private final YamlMapping root;
    private final List<SchemaObject> schemas;
    private final ContractSummary summary;

    private OdcsContract(YamlDocument document, YamlMapping root, List<SchemaObject> schemas) {
        this.document = document;
        this.root = root;
        this.schemas = schemas;
        this.summary = summarize();
    }

    /** The outline of {@code document}; empty when its root is not a mapping. */
    public static Optional<OdcsContract> of(YamlDocument document) {
        return document.rootMapping().map(root -> new OdcsContract(document, root, readSchemas(root)));
    }

    public YamlDocument document() {
        return document;
    }

    public YamlMapping root() {
        return root;
    }

    public List<SchemaObject> schemas() {
        return schemas;
    }

    public Optional<SchemaObject> schema(String name) {
        return schemas.stream().filter(s -> name.equals(s.nameText())).findFirst();
    }

    public List<String> schemaNames() {
        return schemas.stream().map(SchemaObject::nameText).filter(n -> n != null).toList();
    }

    /** What other files see of this contract. */
    public ContractSummary summary() {
        return summary;
    }

    private ContractSummary summarize() {
        List<ContractSummary.SchemaSummary> summaries = new ArrayList<>(schemas.size());
        for (SchemaObject s : schemas) {
            if (s.nameText() == null) {
                continue;
            }
            List<ContractSummary.PropertySummary> props = new ArrayList<>(s.allProperties().size());
            for (Property p : s.allProperties()) {
                props.add(new ContractSummary.PropertySummary(p.path(), p.idText(), p.logicalType(),
                        flag(p.node(), "primaryKey"), flag(p.node(), "unique")));
            }
            summaries.add(new ContractSummary.SchemaSummary(s.nameText(), s.idText(), props));
        }
        return new ContractSummary(document.path(), ArtifactKind.ODCS, root.text("id").orElse(null),
                root.text("name").orElse(null), root.text("version").orElse(null), summaries);
    }

    private static List<SchemaObject> readSchemas(YamlMapping root) {
        List<SchemaObject> out = new ArrayList<>();
        root.sequence("schema").ifPresent(list -> {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMapping m) {
                    List<Property> props = readProperties(m, "");
                    List<Property> all = new ArrayList<>();
                    flatten(props, all);
                    out.add(new SchemaObject(m, text(m, "name"), text(m, "id"), props, Collections.unmodifiableList(all)));
                }
            }
        });
        return List.copyOf(out);
    }

    private static List<Property> readProperties(YamlMapping owner, String prefix) {
        List<Property> out = new ArrayList<>();
        owner.sequence("properties").ifPresent(list -> {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMapping m) {
                    YamlScalar name = text(m, "name");
                    if (name == null) {
                        continue;
                    }
                    String path = prefix + name.value();
                    List<Property> children = new ArrayList<>(readProperties(m, path + "."));
                    m.mapping("items").ifPresent(items -> children.addAll(readProperties(items, path + ".")));
                    out.add(new Property(m, name, path, text(m, "id"), m.text("logicalType").orElse(null), List.copyOf(children)));
                }
            }
        });
        return List.copyOf(out);
    }

    private static void flatten(List<Property> props, List<Property> into) {
        for (Property p : props) {
            into.add(p);
            flatten(p.properties(), into);
        }
    }

    private static boolean flag(YamlMapping m, String key) {
        return m.get(key).filter(n -> n instanceof YamlScalar s && s.isBoolean() && s.asBoolean()).isPresent();
    }

    /** The scalar under {@code key} when it holds non-empty text (any scalar type but null). */
    public static YamlScalar text(YamlMapping m, String key) {
        return m.get(key).filter(n -> n instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL && !s.value().isEmpty())
                .map(YamlScalar.class::cast).orElse(null);
    }
}
