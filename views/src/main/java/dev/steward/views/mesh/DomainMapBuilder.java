package dev.steward.views.mesh;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.Dependency;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** Turns a {@link MeshModel} and its governance findings into a {@link DomainMap} and the details of each product. */
final class DomainMapBuilder {

    static final String NO_DOMAIN = "(no domain)";
    static final String TEAM_PREFIX = "team:";

    private DomainMapBuilder() {
    }

    /** The map and, per product id, the details the side panel shows. */
    record Built(DomainMap map, Map<String, ProductDetails> details) {
        static final Built EMPTY = new Built(DomainMap.EMPTY, Map.of());

        Built {
            details = Map.copyOf(details);
        }
    }

    static Built build(MeshModel model, List<Diagnostic> findings) {
        Map<MeshProduct, String> ids = productIds(model);
        Map<MeshProduct, String> domainOf = new IdentityHashMap<>();
        List<DomainMap.Group> groups = new ArrayList<>();
        for (String domain : model.domainIds()) {
            List<String> members = new ArrayList<>();
            for (MeshProduct p : model.productsIn(domain)) {
                if (!domainOf.containsKey(p)) {
                    domainOf.put(p, domain);
                    members.add(ids.get(p));
                }
            }
            String label = model.organization().domain(domain).map(d -> d.name() != null ? d.name() : d.id()).orElse(domain);
            groups.add(new DomainMap.Group(domain, label, members));
        }
        groupWithoutDomain(model, ids, domainOf, groups);

        Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : findings) {
            if (d.path() != null) {
                byFile.computeIfAbsent(d.path().toAbsolutePath().normalize(), k -> new ArrayList<>()).add(d);
            }
        }
        Set<MeshProduct> cyclic = new HashSet<>();
        List<DomainMap.ProductNode> nodes = new ArrayList<>();
        Map<String, ProductDetails> details = new LinkedHashMap<>();
        for (MeshProduct p : model.products()) {
            List<Diagnostic> own = p.path() == null ? List.of()
                    : byFile.getOrDefault(p.path().toAbsolutePath().normalize(), List.of());
            int errors = (int) own.stream().filter(d -> d.severity() == Severity.ERROR).count();
            int warnings = (int) own.stream().filter(d -> d.severity() == Severity.WARNING).count();
            boolean pii = p.outputPorts().stream().anyMatch(MeshPort::containsPii);
            nodes.add(new DomainMap.ProductNode(ids.get(p), p.label(), domainOf.get(p), p.status(), errors, warnings, pii));
            String shownDomain = p.domain() == null || p.domain().isBlank() ? "(none)" : domainOf.get(p);
            details.put(ids.get(p), new ProductDetails(ids.get(p), p.label(), shownDomain, p.team(), p.status(),
                    p.path(), ports(model, p.inputPorts()), ports(model, p.outputPorts()),
                    own.stream().map(d -> new ProductDetails.PolicyResult(d.severity(), d.rule(), d.message(), d.line()))
                            .toList()));
        }
        List<DomainMap.ProductEdge> edges = edges(model, ids, domainOf, cycleGroups(model));
        return new Built(new DomainMap(groups, nodes, edges), details);
    }

    /**
     * Products that name no domain: grouped by their owner team when it has one (as in Data Mesh Manager,
     * where a domain team stands for the domain), the rest under {@value #NO_DOMAIN}.
     */
    private static void groupWithoutDomain(MeshModel model, Map<MeshProduct, String> ids, Map<MeshProduct, String> domainOf,
                                           List<DomainMap.Group> groups) {
        Map<String, List<String>> byTeam = new LinkedHashMap<>();
        for (MeshProduct p : model.products()) {
            if (!domainOf.containsKey(p)) {
                String group = p.team() == null || p.team().isBlank() ? NO_DOMAIN : TEAM_PREFIX + p.team().strip();
                domainOf.put(p, group);
                byTeam.computeIfAbsent(group, k -> new ArrayList<>()).add(ids.get(p));
            }
        }
        byTeam.forEach((group, members) -> {
            String label = group.equals(NO_DOMAIN) ? NO_DOMAIN : teamLabel(model, group.substring(TEAM_PREFIX.length()));
            groups.add(new DomainMap.Group(group, label, members));
        });
    }

    private static String teamLabel(MeshModel model, String team) {
        String name = model.organization().team(team).map(t -> t.name() != null ? t.name() : t.id()).orElse(team);
        return name + " (team, no domain)";
    }

    /** The product ids, made unique (a duplicated id gets {@code #2}, {@code #3}; a product without id its file name). */
    private static Map<MeshProduct, String> productIds(MeshModel model) {
        Map<MeshProduct, String> ids = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (MeshProduct p : model.products()) {
            String base = p.id() != null ? p.id() : String.valueOf(p.path() == null ? "product" : p.path().getFileName());
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "#" + n;
            }
            ids.put(p, id);
        }
        return ids;
    }

    private static List<ProductDetails.Port> ports(MeshModel model, List<MeshPort> ports) {
        return ports.stream().map(port -> {
            String ref = port.contractId() != null ? port.contractId() : port.sourceSystemId();
            boolean exists = port.contractId() != null ? model.contract(port.contractId()).isPresent()
                    : port.sourceSystemId() != null && (model.product(port.sourceSystemId()).isPresent()
                    || model.organization().sourceSystem(port.sourceSystemId()).isPresent());
            String contractName = port.contractId() == null ? null
                    : model.contract(port.contractId()).map(c -> c.name()).orElse(null);
            Path target = port.contractId() != null ? model.contract(port.contractId()).map(c -> c.path()).orElse(null)
                    : port.sourceSystemId() == null ? null
                    : model.product(port.sourceSystemId()).map(MeshProduct::path).orElse(null);
            int line = port.range() == null ? 1 : port.range().startLine();
            return new ProductDetails.Port(port.name() == null ? "(unnamed)" : port.name(), ref, exists, contractName,
                    line, target, port.containsPii());
        }).toList();
    }

    /** For each product in a dependency cycle, the strongly connected group it belongs to. */
    private static Map<MeshProduct, Set<MeshProduct>> cycleGroups(MeshModel model) {
        Graph<MeshProduct, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        model.products().forEach(graph::addVertex);
        model.dependencies().forEach(d -> graph.addEdge(d.provider(), d.consumer()));
        Map<MeshProduct, Set<MeshProduct>> out = new IdentityHashMap<>();
        for (Set<MeshProduct> group : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (group.size() > 1) {
                group.forEach(p -> out.put(p, group));
            }
        }
        return out;
    }

    private static List<DomainMap.ProductEdge> edges(MeshModel model, Map<MeshProduct, String> ids,
                                                     Map<MeshProduct, String> domainOf,
                                                     Map<MeshProduct, Set<MeshProduct>> cycles) {
        Map<List<String>, Set<String>> contracts = new LinkedHashMap<>();
        Map<List<String>, Dependency> first = new LinkedHashMap<>();
        for (Dependency d : model.dependencies()) {
            List<String> key = List.of(ids.get(d.provider()), ids.get(d.consumer()));
            first.putIfAbsent(key, d);
            Set<String> via = contracts.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (d.contractId() != null) {
                via.add(d.contractId());
            }
        }
        List<DomainMap.ProductEdge> edges = new ArrayList<>();
        first.forEach((key, d) -> {
            boolean cross = !domainOf.get(d.provider()).equals(domainOf.get(d.consumer()));
            boolean cycle = d.provider() == d.consumer()
                    || (cycles.containsKey(d.provider()) && cycles.get(d.provider()).contains(d.consumer()));
            edges.add(new DomainMap.ProductEdge(key.get(0), key.get(1), List.copyOf(contracts.get(key)), cross, cycle));
        });
        return edges;
    }
}
