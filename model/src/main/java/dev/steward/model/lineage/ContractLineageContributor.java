package dev.steward.model.lineage;

import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the data contracts among {@code files} (ODCS, and DCS read the same way: models as schema
 * objects, fields as properties): a node per contract ({@code contract:<id>}), per schema object
 * ({@code contract:<id>/<object>}) and per property ({@code contract:<id>/<object>/<dotted.property>});
 * edges {@link EdgeKind#PART_OF} (property to its object or parent property, object to its
 * contract), {@link EdgeKind#REFERENCES} for ODCS relationships and DCS {@code references}
 * (referenced property to referencing one), {@link EdgeKind#TRANSFORMS} for ODCS
 * {@code transformSourceObjects} and DCS {@code lineage.inputFields}, and
 * between an object and the dbt resources of its table: {@link EdgeKind#DESCRIBES} to a dbt source
 * (data dbt reads), {@link EdgeKind#DELIVERS} from a model, seed or snapshot (data dbt produces);
 * when the table name fits several resources, none is linked and a problem says so.
 * A source object
 * nobody defines becomes a {@code dataset:<name>} node. Files that are not contracts are skipped;
 * broken references are skipped too (lint reports them). Run it after the manifest, so objects
 * find their dbt resources.
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

    @Override
    public void contribute(LineageGraphBuilder builder) {
        List<ContractOutline> contracts = readAll(builder);
        WorkspaceIndex index = new WorkspaceIndex(root);
        contracts.forEach(c -> index.put(c.summary()));
        Map<ContractSummary.PropertySummary, String> propertyIds = new IdentityHashMap<>();
        for (ContractOutline c : contracts) {
            addNodes(c, builder, propertyIds);
        }
        for (ContractOutline c : contracts) {
            addEdges(c, builder, new ReferenceResolver(c.summary(), index, c.file()), propertyIds);
        }
    }

    private List<ContractOutline> readAll(LineageGraphBuilder builder) {
        FileTextReader reader = new FileTextReader();
        YamlParser parser = new YamlParser();
        List<ContractOutline> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            FileTextReader.Result text = reader.read(file);
            Optional<ContractOutline> contract = text.ok() ? ContractOutline.read(file, text.text(), parser) : Optional.empty();
            if (contract.isEmpty()) {
                continue;
            }
            if (!ids.add(contract.get().id())) {
                builder.problem(LineageProblem.of(file, "another contract has the id '" + contract.get().id()
                        + "'; this one is left out of the lineage (contract ids must be unique)"));
                continue;
            }
            out.add(contract.get());
        }
        return out;
    }

    /** The contract, its objects and properties, and the names other contracts' sources find the objects by. */
    private static void addNodes(ContractOutline c, LineageGraphBuilder builder, Map<ContractSummary.PropertySummary, String> propertyIds) {
        Optional<Path> file = Optional.of(c.file());
        String contractId = LineageIds.contract(c.id());
        builder.addNode(new LineageNode(contractId, NodeKind.CONTRACT, c.displayName(), file));
        builder.alias(LineageAlias.contract(c.id()), contractId);
        for (int i = 0; i < c.tables().size(); i++) {
            ContractOutline.Table table = c.tables().get(i);
            String objectId = LineageIds.schemaObject(c.id(), table.name());
            builder.addNode(new LineageNode(objectId, NodeKind.SCHEMA_OBJECT, table.name(), file));
            builder.addEdge(objectId, contractId, EdgeKind.PART_OF);
            builder.alias(LineageAlias.table(table.name()), objectId);
            table.physicalName().ifPresent(physical -> {
                if (physical.contains(".")) {
                    builder.alias(LineageAlias.relation(physical), objectId);
                }
                builder.alias(LineageAlias.table(physical), objectId);
            });
            List<ContractSummary.PropertySummary> summaries = c.summary().schemas().get(i).properties();
            for (int p = 0; p < table.columns().size(); p++) {
                String path = table.columns().get(p).path();
                String propertyId = LineageIds.property(c.id(), table.name(), path);
                builder.addNode(new LineageNode(propertyId, NodeKind.PROPERTY, table.name() + "." + path, file));
                propertyIds.put(summaries.get(p), propertyId);
                int dot = path.lastIndexOf('.');
                String owner = dot < 0 ? objectId : LineageIds.property(c.id(), table.name(), path.substring(0, dot));
                builder.addEdge(propertyId, builder.hasNode(owner) ? owner : objectId, EdgeKind.PART_OF);
            }
        }
    }

    private static void addEdges(ContractOutline c, LineageGraphBuilder builder, ReferenceResolver resolver,
                                 Map<ContractSummary.PropertySummary, String> propertyIds) {
        for (ContractOutline.Table table : c.tables()) {
            String objectId = LineageIds.schemaObject(c.id(), table.name());
            List<String> resources = describedResources(table, builder);
            if (resources.size() > 1) {
                builder.problem(LineageProblem.of(c.file(), "schema object '" + table.name() + "' matches "
                        + resources.size() + " dbt resources by table name (" + String.join(", ", resources)
                        + "), so it is linked to none; give its physicalName as schema.table to link it"));
                resources = List.of();
            }
            for (String dbt : resources) {
                if (builder.node(dbt).orElseThrow().kind() == NodeKind.SOURCE) {
                    builder.addEdge(objectId, dbt, EdgeKind.DESCRIBES);
                } else {
                    builder.addEdge(dbt, objectId, EdgeKind.DELIVERS);
                }
            }
            for (YamlMapping rel : mappings(table.node(), "relationships")) {
                List<String> from = texts(rel, "from");
                List<String> to = texts(rel, "to");
                for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
                    Optional<String> target = resolve(resolver, propertyIds, to.get(i));
                    Optional<String> source = resolve(resolver, propertyIds, from.get(i));
                    if (target.isPresent() && source.isPresent()) {
                        builder.addEdge(target.get(), source.get(), EdgeKind.REFERENCES);
                    }
                }
            }
            for (ContractOutline.Column column : table.columns()) {
                String propertyId = LineageIds.property(c.id(), table.name(), column.path());
                List<String> references = new ArrayList<>(texts(column.node(), "references")); // DCS
                mappings(column.node(), "relationships").forEach(rel -> references.addAll(texts(rel, "to"))); // ODCS
                for (String to : references) {
                    resolve(resolver, propertyIds, to).ifPresent(target -> builder.addEdge(target, propertyId, EdgeKind.REFERENCES));
                }
                List<String> sources = new ArrayList<>(texts(column.node(), "transformSourceObjects")); // ODCS
                column.node().mapping("lineage").ifPresent(lineage -> mappings(lineage, "inputFields")
                        .forEach(in -> sources.addAll(texts(in, "name")))); // DCS, OpenLineage-style
                for (String source : sources) {
                    builder.addEdge(sourceObject(source, objectId, builder), propertyId, EdgeKind.TRANSFORMS);
                }
            }
        }
    }

    /**
     * The dbt resources of an object's table: those whose relation is the object's qualified
     * {@code physicalName} ({@code schema.table}, {@code db.schema.table}); failing that, all with
     * its table name (the physical name's last part, else the object's name).
     */
    private static List<String> describedResources(ContractOutline.Table table, LineageGraphBuilder builder) {
        String name = table.physicalName().orElse(table.name());
        List<String> exact = name.contains(".") ? relational(builder.resolve(LineageAlias.relation(name)), builder) : List.of();
        return exact.isEmpty() ? relational(builder.resolve(LineageAlias.table(name)), builder) : exact;
    }

    private static List<String> relational(List<String> ids, LineageGraphBuilder builder) {
        return ids.stream().filter(id -> builder.node(id).filter(n -> RELATIONAL.contains(n.kind())).isPresent()).toList();
    }

    private static Optional<String> resolve(ReferenceResolver resolver, Map<ContractSummary.PropertySummary, String> propertyIds,
                                            String reference) {
        ContractSummary.PropertySummary target = resolver.resolve(reference).target();
        return Optional.ofNullable(target == null ? null : propertyIds.get(target));
    }

    /** The node a source entry names: a dbt resource, another contract's object, or a new dataset. */
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

    private static List<YamlMapping> mappings(YamlMapping owner, String key) {
        return owner.sequence(key).map(s -> s.items().stream().filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).toList()).orElse(List.of());
    }

    /** A scalar or a list of scalars under {@code key}, as text. */
    private static List<String> texts(YamlMapping owner, String key) {
        Optional<YamlNode> node = owner.get(key);
        List<String> out = new ArrayList<>();
        if (node.isPresent() && node.get() instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
            out.add(s.value());
        } else if (node.isPresent() && node.get() instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }
}
