package dev.steward.model.lineage;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the ODCS contracts among {@code files}: a node per contract ({@code contract:<id>}), per
 * schema object ({@code contract:<id>/<object>}) and per property
 * ({@code contract:<id>/<object>/<dotted.property>}); edges {@link EdgeKind#PART_OF} (property to its
 * object or parent property, object to its contract),
 * {@link EdgeKind#REFERENCES} for relationships (referenced property to referencing one),
 * {@link EdgeKind#TRANSFORMS} for {@code transformSourceObjects}, and {@link EdgeKind#DESCRIBES}
 * from an object to the dbt resources whose table name is the object's {@code physicalName}
 * (else its name). A source object nobody defines becomes a {@code dataset:<name>} node. Files
 * that are not ODCS contracts are skipped; broken references are skipped too (lint reports them).
 * Run it after the manifest, so objects find their dbt resources.
 */
public final class ContractLineageContributor implements LineageContributor {

    private static final Set<NodeKind> RELATIONAL = Set.of(NodeKind.MODEL, NodeKind.SEED, NodeKind.SNAPSHOT, NodeKind.SOURCE);

    private final Path root;
    private final List<Path> files;

    /** {@code root} anchors relative cross-file references; {@code files} are candidate YAML files. */
    public ContractLineageContributor(Path root, List<Path> files) {
        this.root = root;
        this.files = List.copyOf(files);
    }

    private record Read(Path file, String id, OdcsContract contract) {
    }

    @Override
    public void contribute(LineageGraphBuilder builder) {
        List<Read> contracts = readAll(builder);
        WorkspaceIndex index = new WorkspaceIndex(root);
        contracts.forEach(c -> index.put(c.contract().summary()));
        Map<ContractSummary.PropertySummary, String> propertyIds = new IdentityHashMap<>();
        for (Read c : contracts) {
            addNodes(c, builder, propertyIds);
            registerObjects(c, builder);
        }
        for (Read c : contracts) {
            addEdges(c, builder, index, propertyIds);
        }
    }

    private List<Read> readAll(LineageGraphBuilder builder) {
        FileTextReader reader = new FileTextReader();
        YamlParser parser = new YamlParser();
        List<Read> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path file : files) {
            FileTextReader.Result text = reader.read(file);
            if (!text.ok() || ArtifactDetector.detect(text.text()).orElse(null) != ArtifactKind.ODCS) {
                continue;
            }
            Optional<OdcsContract> contract = OdcsContract.of(parser.parse(file, text.text()));
            if (contract.isEmpty()) {
                continue;
            }
            String id = Optional.ofNullable(contract.get().summary().id()).orElseGet(() -> baseName(file));
            if (!ids.add(id)) {
                builder.problem(LineageProblem.of(file, "another contract has the id '" + id
                        + "'; this one is left out of the lineage (contract ids must be unique)"));
                continue;
            }
            out.add(new Read(file, id, contract.get()));
        }
        return out;
    }

    private static void addNodes(Read c, LineageGraphBuilder builder, Map<ContractSummary.PropertySummary, String> propertyIds) {
        ContractSummary summary = c.contract().summary();
        Optional<Path> file = Optional.of(c.file());
        String contractId = LineageIds.contract(c.id());
        builder.addNode(new LineageNode(contractId, NodeKind.CONTRACT, summary.name() != null ? summary.name() : c.id(), file));
        builder.alias(LineageAlias.contract(c.id()), contractId);
        List<OdcsContract.SchemaObject> named = c.contract().schemas().stream().filter(s -> s.nameText() != null).toList();
        for (int i = 0; i < named.size(); i++) {
            OdcsContract.SchemaObject object = named.get(i);
            ContractSummary.SchemaSummary objectSummary = summary.schemas().get(i);
            String objectId = LineageIds.schemaObject(c.id(), object.nameText());
            builder.addNode(new LineageNode(objectId, NodeKind.SCHEMA_OBJECT, object.nameText(), file));
            builder.addEdge(objectId, contractId, EdgeKind.PART_OF);
            for (int p = 0; p < object.allProperties().size(); p++) {
                OdcsContract.Property property = object.allProperties().get(p);
                String propertyId = LineageIds.property(c.id(), object.nameText(), property.path());
                builder.addNode(new LineageNode(propertyId, NodeKind.PROPERTY, object.nameText() + "." + property.path(), file));
                propertyIds.put(objectSummary.properties().get(p), propertyId);
                int dot = property.path().lastIndexOf('.');
                String owner = dot < 0 ? objectId : LineageIds.property(c.id(), object.nameText(), property.path().substring(0, dot));
                builder.addEdge(propertyId, builder.hasNode(owner) ? owner : objectId, EdgeKind.PART_OF);
            }
        }
    }

    private void addEdges(Read c, LineageGraphBuilder builder, WorkspaceIndex index,
                          Map<ContractSummary.PropertySummary, String> propertyIds) {
        ReferenceResolver resolver = new ReferenceResolver(c.contract().summary(), index, c.file());
        for (OdcsContract.SchemaObject object : c.contract().schemas()) {
            if (object.nameText() == null) {
                continue;
            }
            String objectId = LineageIds.schemaObject(c.id(), object.nameText());
            for (String dbt : describedResources(object, builder)) {
                builder.addEdge(objectId, dbt, EdgeKind.DESCRIBES);
            }
            for (YamlMapping rel : mappings(object.node(), "relationships")) {
                List<String> from = texts(rel, "from");
                List<String> to = texts(rel, "to");
                for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
                    reference(resolver, propertyIds, to.get(i), from.get(i), builder);
                }
            }
            for (OdcsContract.Property property : object.allProperties()) {
                String propertyId = LineageIds.property(c.id(), object.nameText(), property.path());
                for (YamlMapping rel : mappings(property.node(), "relationships")) {
                    for (String to : texts(rel, "to")) {
                        resolve(resolver, propertyIds, to).ifPresent(target -> builder.addEdge(target, propertyId, EdgeKind.REFERENCES));
                    }
                }
                for (String source : texts(property.node(), "transformSourceObjects")) {
                    String sourceId = sourceObject(source, objectId, builder);
                    builder.addEdge(sourceId, propertyId, EdgeKind.TRANSFORMS);
                }
            }
        }
    }

    /**
     * The dbt resources an object describes: those whose relation is the object's qualified
     * {@code physicalName} ({@code schema.table}, {@code db.schema.table}); failing that, all with
     * its table name (the physical name's last part, else the object's name).
     */
    private static List<String> describedResources(OdcsContract.SchemaObject object, LineageGraphBuilder builder) {
        YamlScalar physical = OdcsContract.text(object.node(), "physicalName");
        String table = physical != null ? physical.value() : object.nameText();
        List<String> exact = table.contains(".") ? relational(builder.resolve(LineageAlias.relation(table)), builder) : List.of();
        return exact.isEmpty() ? relational(builder.resolve(LineageAlias.table(table)), builder) : exact;
    }

    private static List<String> relational(List<String> ids, LineageGraphBuilder builder) {
        return ids.stream().filter(id -> builder.node(id).filter(n -> RELATIONAL.contains(n.kind())).isPresent()).toList();
    }

    private static void reference(ReferenceResolver resolver, Map<ContractSummary.PropertySummary, String> propertyIds,
                                  String to, String from, LineageGraphBuilder builder) {
        Optional<String> target = resolve(resolver, propertyIds, to);
        Optional<String> source = resolve(resolver, propertyIds, from);
        if (target.isPresent() && source.isPresent()) {
            builder.addEdge(target.get(), source.get(), EdgeKind.REFERENCES);
        }
    }

    private static Optional<String> resolve(ReferenceResolver resolver, Map<ContractSummary.PropertySummary, String> propertyIds,
                                            String reference) {
        ContractSummary.PropertySummary target = resolver.resolve(reference).target();
        return Optional.ofNullable(target == null ? null : propertyIds.get(target));
    }

    /** The node a {@code transformSourceObjects} entry names: a dbt resource, another contract's object, or a new dataset. */
    private static String sourceObject(String name, String ownObject, LineageGraphBuilder builder) {
        for (String alias : List.of(LineageAlias.relation(name), LineageAlias.table(name))) {
            for (String id : builder.resolve(alias)) {
                if (!id.equals(ownObject)) {
                    return id;
                }
            }
        }
        String id = LineageIds.dataset(name);
        builder.addNode(new LineageNode(id, NodeKind.DATASET, name));
        builder.alias(LineageAlias.table(name), id);
        return id;
    }

    /** Registers each object by its name and physical name, for other contracts' {@code transformSourceObjects}. */
    private static void registerObjects(Read c, LineageGraphBuilder builder) {
        for (OdcsContract.SchemaObject object : c.contract().schemas()) {
            if (object.nameText() == null) {
                continue;
            }
            String objectId = LineageIds.schemaObject(c.id(), object.nameText());
            builder.alias(LineageAlias.table(object.nameText()), objectId);
            YamlScalar physical = OdcsContract.text(object.node(), "physicalName");
            if (physical != null) {
                if (physical.value().contains(".")) {
                    builder.alias(LineageAlias.relation(physical.value()), objectId);
                }
                builder.alias(LineageAlias.table(physical.value()), objectId);
            }
        }
    }

    private static List<YamlMapping> mappings(YamlMapping owner, String key) {
        return owner.sequence(key).map(s -> s.items().stream().filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).toList()).orElse(List.of());
    }

    /** A scalar or a list of scalars under {@code key}, as text. */
    private static List<String> texts(YamlMapping owner, String key) {
        Optional<YamlNode> node = owner.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.get() instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
            out.add(s.value());
        } else if (node.get() instanceof dev.steward.model.yaml.YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
