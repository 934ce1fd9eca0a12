package dev.steward.model.mesh;

import dev.steward.model.mesh.org.Organization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data mesh of a workspace: its data products, the contracts of the workspace, the declared
 * organisation (domains, teams, source systems, usage agreements) and the product → product
 * dependencies resolved between them. Immutable; build one with {@link MeshModelBuilder} or
 * {@link MeshWorkspaceReader#read}.
 */
public record MeshModel(List<MeshProduct> products, Map<String, MeshContract> contracts, Organization organization,
                        List<Dependency> dependencies) {

    public static final MeshModel EMPTY = new MeshModel(List.of(), Map.of(), Organization.EMPTY, List.of());

    public MeshModel {
        products = List.copyOf(products);
        contracts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contracts));
        dependencies = List.copyOf(dependencies);
    }

    public Optional<MeshProduct> product(String id) {
        return products.stream().filter(p -> id != null && id.equals(p.id())).findFirst();
    }

    public Optional<MeshProduct> productAt(Path path) {
        Path key = path.toAbsolutePath().normalize();
        return products.stream().filter(p -> p.path() != null && p.path().toAbsolutePath().normalize().equals(key))
                .findFirst();
    }

    public Optional<MeshContract> contract(String id) {
        return Optional.ofNullable(id == null ? null : contracts.get(id));
    }

    /** The products that offer {@code contractId} on an output port. */
    public List<MeshProduct> offering(String contractId) {
        return products.stream().filter(p -> p.outputPorts().stream().anyMatch(o -> contractId.equals(o.contractId())))
                .toList();
    }

    /** The dependencies declared by {@code consumer}. */
    public List<Dependency> dependenciesOf(MeshProduct consumer) {
        return dependencies.stream().filter(d -> d.consumer() == consumer).toList();
    }

    /** The dependencies on {@code provider}. */
    public List<Dependency> dependentsOf(MeshProduct provider) {
        return dependencies.stream().filter(d -> d.provider() == provider).toList();
    }

    /** Every domain: the declared ones' ids, then those only named by products, in order. */
    public Set<String> domainIds() {
        Set<String> ids = new LinkedHashSet<>();
        organization.domains().forEach(d -> ids.add(d.id()));
        products.stream().map(MeshProduct::domain).filter(d -> d != null && organization.domain(d).isEmpty())
                .forEach(ids::add);
        return ids;
    }

    /** The products of {@code domain} (by id or declared name, ignoring case). */
    public List<MeshProduct> productsIn(String domain) {
        String id = organization.domain(domain).map(d -> d.id()).orElse(domain);
        String name = organization.domain(domain).map(d -> d.name()).orElse(domain);
        return products.stream().filter(p -> p.domain() != null
                && (p.domain().equalsIgnoreCase(id) || p.domain().equalsIgnoreCase(name))).toList();
    }

    /** The model with {@code product} in place of the product read from the same file (or added). */
    public MeshModel withProduct(MeshProduct product) {
        List<MeshProduct> others = new ArrayList<>(products.size() + 1);
        Path key = product.path() == null ? null : product.path().toAbsolutePath().normalize();
        boolean replaced = false;
        for (MeshProduct p : products) {
            if (key == null || p.path() == null || !p.path().toAbsolutePath().normalize().equals(key)) {
                others.add(p);
            } else if (!replaced) {
                others.add(product); // in its place, so views that follow the model's order stay still
                replaced = true;
            }
        }
        if (!replaced) {
            others.add(product);
        }
        return MeshModelBuilder.resolve(others, contracts.values(), organization);
    }

    static MeshModel of(Collection<MeshProduct> products, Map<String, MeshContract> contracts, Organization org,
                        List<Dependency> dependencies) {
        return new MeshModel(List.copyOf(products), contracts, org, dependencies);
    }
}
