package dev.steward.model.contract.dcs;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A read-only outline of one Data Contract Specification document: its models and their
 * (nested) fields with the YAML nodes they come from. Built once per validation and shared by
 * the rules. Parts of unexpected shape are skipped (the structural checker reports them).
 */
public final class DcsContract {

    /** One entry of {@code models}; {@code name} is the map key. */
    public record Model(YamlScalar name, YamlMapping node, List<Field> fields, List<Field> allFields) {

        public Optional<Field> field(String dottedPath) {
            return allFields.stream().filter(f -> f.path().equals(dottedPath)).findFirst();
        }
    }

    /**
     * One field. {@code name} is its map key, {@code path} dotted from the model
     * ({@code address.city}); nested fields come from {@code fields} and {@code items.fields}.
     */
    public record Field(YamlScalar name, String path, YamlMapping node, String type, List<Field> fields) {
        /** {@code primaryKey: true} (or the deprecated {@code primary: true}). */
        public boolean primaryKey() {
            return flag("primaryKey") || flag("primary");
        }

        public boolean unique() {
            return flag("unique");
        }

        private boolean flag(String key) {
            return node.get(key).filter(n -> n instanceof YamlScalar s && s.isBoolean() && s.asBoolean()).isPresent();
        }
    }

    private final YamlDocument document;
    private final YamlMapping root;
    private final List<Model> models;
    private final ContractSummary summary;

    private DcsContract(YamlDocument document, YamlMapping root) {
        this.document = document;
        this.root = root;
        this.models = readModels(root);
        this.summary = summarize();
    }

    /** The outline of {@code document}; empty when its root is not a mapping. */
    public static Optional<DcsContract> of(YamlDocument document) {
        return document.rootMapping().map(root -> new DcsContract(document, root));
    }

    public YamlDocument document() {
        return document;
    }

    public YamlMapping root() {
        return root;
    }

    public List<Model> models() {
        return models;
    }

    /** What other files see of this contract: models as schema objects, fields as properties. */
    public ContractSummary summary() {
        return summary;
    }

    private ContractSummary summarize() {
        List<ContractSummary.SchemaSummary> schemas = new ArrayList<>(models.size());
        for (Model m : models) {
            List<ContractSummary.PropertySummary> props = new ArrayList<>(m.allFields().size());
            for (Field f : m.allFields()) {
                props.add(new ContractSummary.PropertySummary(f.path(), null, f.type(), f.primaryKey(), f.unique()));
            }
            schemas.add(new ContractSummary.SchemaSummary(m.name().value(), null, props));
        }
        Optional<YamlMapping> info = root.mapping("info");
        return new ContractSummary(document.path(), ArtifactKind.DCS, root.text("id").orElse(null),
                info.flatMap(i -> i.text("title")).orElse(null), info.flatMap(i -> i.text("version")).orElse(null), schemas);
    }

    private static List<Model> readModels(YamlMapping root) {
        List<Model> out = new ArrayList<>();
        root.mapping("models").ifPresent(models -> {
            for (YamlMapping.Entry e : models.entries()) {
                if (e.value() instanceof YamlMapping model) {
                    List<Field> fields = readFields(model, "");
                    List<Field> all = new ArrayList<>();
                    flatten(fields, all);
                    out.add(new Model(e.key(), model, fields, Collections.unmodifiableList(all)));
                }
            }
        });
        return List.copyOf(out);
    }

    private static List<Field> readFields(YamlMapping owner, String prefix) {
        List<Field> out = new ArrayList<>();
        owner.mapping("fields").ifPresent(fields -> {
            for (YamlMapping.Entry e : fields.entries()) {
                if (e.value() instanceof YamlMapping field) {
                    String path = prefix + e.name();
                    List<Field> children = new ArrayList<>(readFields(field, path + "."));
                    field.mapping("items").ifPresent(items -> children.addAll(readFields(items, path + ".")));
                    out.add(new Field(e.key(), path, field, field.text("type").orElse(null), List.copyOf(children)));
                }
            }
        });
        return List.copyOf(out);
    }

    private static void flatten(List<Field> fields, List<Field> into) {
        for (Field f : fields) {
            into.add(f);
            flatten(f.fields(), into);
        }
    }
}
