package dev.steward.views.mesh;

import java.util.List;
import java.util.Optional;

/**
 * What the domain map shows, before layout: domains as groups of products, and product → product edges
 * in the direction data flows (provider → consumer). Immutable; built off the FX thread.
 */
public record DomainMap(List<Group> domains, List<ProductNode> products, List<ProductEdge> edges) {

    public static final DomainMap EMPTY = new DomainMap(List.of(), List.of(), List.of());

    public DomainMap {
        domains = List.copyOf(domains);
        products = List.copyOf(products);
        edges = List.copyOf(edges);
    }

    public Optional<ProductNode> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Group> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A domain: its id, the name to show, and the ids of its products in model order. */
    public record Group(String id, String label, List<String> productIds) {
        public Group {
            productIds = List.copyOf(productIds);
        }
    }

    /**
     * A data product as drawn, with the number of policy errors and warnings found in its file, and whether an
     * output port says it carries personal data.
     */
    public record ProductNode(String id, String label, String domain, String status, int errors, int warnings,
                              boolean pii) {
        public boolean hasFindings() {
            return errors + warnings > 0;
        }
    }

    /**
     * Data flows from {@code source} (the provider) to {@code target} (the consumer) through the
     * {@code contractIds}; {@code crossDomain} when they live in different domains, {@code inCycle}
     * when the edge is part of a dependency cycle.
     */
    public record ProductEdge(String source, String target, List<String> contractIds, boolean crossDomain,
                              boolean inCycle) {
        public ProductEdge {
            contractIds = List.copyOf(contractIds);
        }
    }
}
