package dev.steward.model.mesh.completion;

import dev.steward.model.mesh.MeshContract;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.org.Domain;
import dev.steward.model.mesh.org.SourceSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a data product file refers to, read from the workspace's mesh: contracts (id and name), data
 * products with their output ports, source systems, domains, teams, and the port types in use. Immutable; safe
 * to share between threads.
 */
public record MeshNames(List<Named> contracts, List<ProductPorts> products, List<Named> sourceSystems,
                        List<Named> domains, List<Named> teams) {

    public static final MeshNames EMPTY = new MeshNames(List.of(), List.of(), List.of(), List.of(), List.of());

    public MeshNames {
        contracts = List.copyOf(contracts);
        products = List.copyOf(products);
        sourceSystems = List.copyOf(sourceSystems);
        domains = List.copyOf(domains);
        teams = List.copyOf(teams);
    }

    /** An id and the name to show beside it (null when it has none). */
    public record Named(String id, String name) {
    }

    /** A product's id and name, and its output ports: port name (or id) → the contract id it promises (may be null). */
    public record ProductPorts(String id, String name, Map<String, String> outputPorts) {
        public ProductPorts {
            outputPorts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputPorts));
        }
    }

    public static MeshNames of(MeshModel mesh) {
        List<Named> contracts = mesh.contracts().values().stream().map(MeshNames::named).toList();
        List<ProductPorts> products = new ArrayList<>();
        for (MeshProduct p : mesh.products()) {
            if (p.id() == null) {
                continue;
            }
            Map<String, String> ports = new LinkedHashMap<>();
            for (MeshPort port : p.outputPorts()) {
                if (port.name() != null) {
                    ports.put(port.name(), port.contractId());
                }
            }
            products.add(new ProductPorts(p.id(), p.name(), ports));
        }
        List<Named> systems = mesh.organization().sourceSystems().stream().map(MeshNames::named).toList();
        List<Named> domains = mesh.organization().domains().stream().map(MeshNames::named).toList();
        List<Named> teams = mesh.organization().teams().stream().map(t -> new Named(t.id(), t.name())).toList();
        return new MeshNames(contracts, products, systems, domains, teams);
    }

    private static Named named(MeshContract c) {
        return new Named(c.id(), c.name());
    }

    private static Named named(SourceSystem s) {
        return new Named(s.id(), s.name());
    }

    private static Named named(Domain d) {
        return new Named(d.id(), d.name());
    }
}
