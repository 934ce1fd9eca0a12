package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.Dependency;
import dev.steward.model.mesh.MeshContract;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules on what a product consumes: every input port resolves ({@code mesh-input-port-unresolved}),
 * nothing consumed is deprecated or retired ({@code mesh-deprecated-dependency}), and a product does
 * not depend on more than N products of other domains ({@code mesh-cross-domain-dependencies}).
 */
final class DependencyRules {

    private DependencyRules() {
    }

    static void check(MeshModel model, MeshFindings findings) {
        for (MeshProduct product : model.products()) {
            if (findings.enabled(MeshRules.INPUT_PORT_UNRESOLVED)) {
                product.inputPorts().forEach(port -> unresolved(model, product, port, findings));
            }
            if (findings.enabled(MeshRules.DEPRECATED_DEPENDENCY)) {
                endOfLife(model, product, findings);
            }
            if (findings.enabled(MeshRules.CROSS_DOMAIN_DEPENDENCIES)) {
                crossDomain(model, product, findings);
            }
        }
    }

    private static void unresolved(MeshModel model, MeshProduct product, MeshPort port, MeshFindings findings) {
        if (port.contractId() != null) {
            if (!model.offering(port.contractId()).isEmpty()) {
                return;
            }
            Optional<MeshContract> contract = model.contract(port.contractId());
            Set<String> offered = new LinkedHashSet<>();
            model.products().forEach(p -> p.outputPorts().forEach(o -> offered.add(o.contractId())));
            CloseMatch close = contract.isPresent() ? new CloseMatch(Optional.empty()) : CloseMatch.of(port.contractId(), offered);
            String detail = contract.map(c -> "; the contract " + c.label() + " exists, but no product promises it:"
                    + " add it to the output port of the product that provides the data")
                    .orElseGet(() -> ", and no contract in the workspace has that id" + close.didYouMean("; ", "", ""));
            findings.add(MeshRules.INPUT_PORT_UNRESOLVED, product, port.contractRange(), "Input port "
                    + port.label() + " consumes contract '" + port.contractId() + "', but no data product of the"
                    + " workspace offers it on an output port" + detail, close.fixAt(port.contractRange()));
        } else if (port.sourceSystemId() != null && model.product(port.sourceSystemId()).isEmpty()
                && model.organization().sourceSystem(port.sourceSystemId()).isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            model.products().forEach(p -> known.add(p.id()));
            model.organization().sourceSystems().forEach(s -> known.add(s.id()));
            known.remove(null);
            CloseMatch close = CloseMatch.of(port.sourceSystemId(), known);
            findings.add(MeshRules.INPUT_PORT_UNRESOLVED, product, port.contractRange(), "Input port "
                    + port.label() + " reads from '" + port.sourceSystemId() + "', which is neither a data product nor"
                    + " a source system of the workspace (declare it in sourcesystems/)" + close.didYouMean("; ", "", ""),
                    close.fixAt(port.contractRange()));
        }
    }

    private static void endOfLife(MeshModel model, MeshProduct product, MeshFindings findings) {
        Set<String> reported = new LinkedHashSet<>();
        for (Dependency d : model.dependenciesOf(product)) {
            if (d.provider().endOfLife() && reported.add(d.range() + "|" + d.provider().id())) {
                findings.add(MeshRules.DEPRECATED_DEPENDENCY, product, d.range(), "This product depends on '"
                        + d.provider().label() + "' (" + via(d) + "), which is " + d.provider().status().strip()
                        + "; move to its successor before it goes away");
            }
        }
        for (MeshPort port : product.inputPorts()) {
            model.contract(port.contractId()).filter(MeshContract::endOfLife)
                    .filter(c -> reported.add(port.contractRange() + "|" + c.id()))
                    .ifPresent(c -> findings.add(MeshRules.DEPRECATED_DEPENDENCY, product, port.contractRange(),
                            "Input port " + port.label() + " consumes contract " + c.label() + ", which is "
                                    + c.status().strip() + "; move to its successor before it goes away"));
        }
    }

    private static void crossDomain(MeshModel model, MeshProduct product, MeshFindings findings) {
        int max = findings.limit(MeshRules.CROSS_DOMAIN_DEPENDENCIES);
        List<MeshProduct> others = model.dependenciesOf(product).stream().filter(Dependency::crossDomain)
                .map(Dependency::provider).distinct().toList();
        if (others.size() <= max) {
            return;
        }
        String listed = others.stream().map(p -> p.label() + " (" + p.domain() + ")").collect(Collectors.joining(", "));
        findings.add(MeshRules.CROSS_DOMAIN_DEPENDENCIES, product, product.at("domain"), "Data product '"
                + product.label() + "' of domain '" + product.domain() + "' depends on " + others.size()
                + " products of other domains: " + listed + "; the workspace policy allows at most " + max
                + " (mesh-cross-domain-dependencies, max)");
    }

    private static String via(Dependency d) {
        return switch (d.via()) {
            case INPUT_PORT -> "input port " + d.port().label();
            case INPUT_CONTRACT -> "input contract '" + d.contractId() + "' of output port " + d.port().label();
            case SOURCE_SYSTEM -> "input port " + d.port().label();
            case USAGE_AGREEMENT -> "a data usage agreement";
        };
    }
}
