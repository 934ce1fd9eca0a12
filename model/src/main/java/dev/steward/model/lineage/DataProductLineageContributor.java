package dev.steward.model.lineage;

import dev.steward.model.mesh.Dependency;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.MeshWorkspaceReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds the data products of a workspace ({@link MeshModel}) and their ports. Edges follow the data:
 * a consumed contract to the input port naming it, an input port to its product, the product to its
 * output ports, an output port to the contract it promises; an output port's {@code inputContracts}
 * to the port. A DPS input port reading another product ({@code sourceSystemId}) and a data usage
 * agreement link the providing product to the consumer. Contracts are found by id among the nodes
 * the contracts contributor added; an id no contract has is skipped (the product linter reports it).
 * Run it after the contracts.
 */
public final class DataProductLineageContributor implements LineageContributor {

    private final Supplier<MeshModel> mesh;

    public DataProductLineageContributor(MeshModel mesh) {
        this.mesh = () -> mesh;
    }

    /** The products of the workspace at {@code root}, read when the lineage is built. */
    public static DataProductLineageContributor of(Path root) {
        return new DataProductLineageContributor(root);
    }

    private DataProductLineageContributor(Path root) {
        this.mesh = () -> MeshWorkspaceReader.read(root);
    }

    @Override
    public void contribute(LineageGraphBuilder builder) {
        MeshModel model = mesh.get();
        for (MeshProduct p : model.products()) {
            if (p.id() == null || builder.hasNode(LineageIds.dataProduct(p.id()))) {
                continue; // the first file of an id wins (mesh-duplicate-product reports the others)
            }
            String product = LineageIds.dataProduct(p.id());
            Optional<Path> file = Optional.ofNullable(p.path());
            builder.addNode(new LineageNode(product, NodeKind.DATA_PRODUCT, p.label(), file));
            for (MeshPort in : p.inputPorts()) {
                String port = port(builder, p, in, true, file);
                builder.addEdge(port, product, EdgeKind.PORT);
                contract(builder, in.contractId()).ifPresent(c -> builder.addEdge(c, port, EdgeKind.PORT));
            }
            for (MeshPort out : p.outputPorts()) {
                String port = port(builder, p, out, false, file);
                builder.addEdge(product, port, EdgeKind.PORT);
                contract(builder, out.contractId()).ifPresent(c -> builder.addEdge(port, c, EdgeKind.PORT));
                for (String source : out.inputContractIds()) {
                    contract(builder, source).filter(c -> !builder.joined(port, c))
                            .ifPresent(c -> builder.addEdge(c, port, EdgeKind.PORT));
                }
            }
        }
        for (Dependency d : model.dependencies()) {
            boolean direct = d.via() == Dependency.Via.SOURCE_SYSTEM || d.via() == Dependency.Via.USAGE_AGREEMENT;
            if (direct && d.consumer().id() != null && d.provider().id() != null) {
                String provider = LineageIds.dataProduct(d.provider().id());
                String consumer = d.via() == Dependency.Via.SOURCE_SYSTEM && d.port() != null
                        ? LineageIds.port(d.consumer().id(), true, portName(d.port()))
                        : LineageIds.dataProduct(d.consumer().id());
                if (builder.hasNode(provider) && builder.hasNode(consumer)) {
                    builder.addEdge(provider, consumer, EdgeKind.PORT);
                }
            }
        }
    }

    private static String port(LineageGraphBuilder builder, MeshProduct p, MeshPort port, boolean input,
                               Optional<Path> file) {
        String id = LineageIds.port(p.id(), input, portName(port));
        builder.addNode(new LineageNode(id, NodeKind.PORT, p.label() + " " + (input ? "input " : "output ")
                + portName(port), file));
        return id;
    }

    private static String portName(MeshPort port) {
        return port.name() == null ? "(unnamed)" : port.name();
    }

    private static Optional<String> contract(LineageGraphBuilder builder, String contractId) {
        return contractId == null || contractId.isBlank() ? Optional.empty()
                : builder.resolveFirst(LineageAlias.contract(contractId));
    }
}
