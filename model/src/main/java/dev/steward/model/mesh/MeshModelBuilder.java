package dev.steward.model.mesh;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.mesh.org.Organization;
import dev.steward.model.mesh.org.OrganizationReader;
import dev.steward.model.mesh.org.UsageAgreement;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link MeshModel} from the text of workspace files: data products (either standard),
 * ODCS/DCS contracts and organisation files are recognised by content; other files are ignored.
 * Dependencies are then resolved:
 * <ul>
 *   <li>ODPS input port {@code contractId} = another product's output port {@code contractId};</li>
 *   <li>ODPS output port {@code inputContracts[].id} = another product's output port contract;</li>
 *   <li>DPS input port {@code sourceSystemId} = another product's {@code id};</li>
 *   <li>a data usage agreement: consumer {@code dataProductId} → provider {@code dataProductId}.</li>
 * </ul>
 * A product never depends on itself through its own ports. Not thread-safe; the model it builds is.
 */
public final class MeshModelBuilder {

    private final YamlParser parser = new YamlParser();
    private final List<MeshProduct> products = new ArrayList<>();
    private final Map<String, MeshContract> contracts = new LinkedHashMap<>();
    private final OrganizationReader organization = new OrganizationReader();

    /** What a file added to the builder was recognised as. */
    public enum FileRole { PRODUCT, CONTRACT, ORGANIZATION }

    /** Adds one file; returns what it was recognised as, empty when it is none of these (and ignored). */
    public Optional<FileRole> add(Path path, String text) {
        Optional<ProductStandard> standard = ProductStandard.detect(text);
        if (standard.isPresent()) {
            YamlDocument doc = parser.parse(path, text);
            MeshProductReader.read(doc, standard.get()).ifPresent(products::add);
            return Optional.of(FileRole.PRODUCT);
        }
        Optional<ArtifactKind> contract = ArtifactDetector.detect(text);
        if (contract.isPresent()) {
            MeshContractReader.read(parser.parse(path, text), contract.get())
                    .filter(c -> c.id() != null)
                    .ifPresent(c -> contracts.putIfAbsent(c.id(), c));
            return Optional.of(FileRole.CONTRACT);
        }
        return organization.accept(parser.parse(path, text)) ? Optional.of(FileRole.ORGANIZATION) : Optional.empty();
    }

    /** Adds a contract already read elsewhere (the studio's index, say). */
    public MeshModelBuilder addContract(MeshContract contract) {
        if (contract.id() != null) {
            contracts.putIfAbsent(contract.id(), contract);
        }
        return this;
    }

    public MeshModel build() {
        return resolve(products, contracts.values(), organization.build());
    }

    static MeshModel resolve(List<MeshProduct> products, Collection<MeshContract> contractList, Organization org) {
        Map<String, MeshContract> contracts = new LinkedHashMap<>();
        contractList.forEach(c -> contracts.putIfAbsent(c.id(), c));
        Map<String, List<MeshProduct>> offering = new LinkedHashMap<>();
        Map<String, MeshProduct> byId = new LinkedHashMap<>();
        for (MeshProduct p : products) {
            p.outputPorts().stream().map(MeshPort::contractId).filter(id -> id != null).distinct()
                    .forEach(id -> offering.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
            if (p.id() != null) {
                byId.putIfAbsent(p.id(), p);
            }
        }
        List<Dependency> deps = new ArrayList<>();
        for (MeshProduct consumer : products) {
            for (MeshPort in : consumer.inputPorts()) {
                if (in.contractId() != null) {
                    for (MeshProduct provider : offering.getOrDefault(in.contractId(), List.of())) {
                        if (provider != consumer) {
                            deps.add(new Dependency(consumer, provider, Dependency.Via.INPUT_PORT, in, in.contractId(),
                                    in.contractRange()));
                        }
                    }
                }
                MeshProduct source = in.sourceSystemId() == null ? null : byId.get(in.sourceSystemId());
                if (source != null && source != consumer) {
                    deps.add(new Dependency(consumer, source, Dependency.Via.SOURCE_SYSTEM, in, in.sourceSystemId(),
                            in.contractRange()));
                }
            }
            for (MeshPort out : consumer.outputPorts()) {
                for (String id : out.inputContractIds()) {
                    for (MeshProduct provider : offering.getOrDefault(id, List.of())) {
                        if (provider != consumer) {
                            deps.add(new Dependency(consumer, provider, Dependency.Via.INPUT_CONTRACT, out, id, out.range()));
                        }
                    }
                }
            }
        }
        for (UsageAgreement a : org.agreements()) {
            MeshProduct consumer = a.consumerProductId() == null ? null : byId.get(a.consumerProductId());
            MeshProduct provider = a.providerProductId() == null ? null : byId.get(a.providerProductId());
            if (consumer != null && provider != null && consumer != provider) {
                deps.add(new Dependency(consumer, provider, Dependency.Via.USAGE_AGREEMENT, null,
                        a.providerOutputPortId(), consumer.at("id")));
            }
        }
        return MeshModel.of(products, contracts, org, deps);
    }
}
