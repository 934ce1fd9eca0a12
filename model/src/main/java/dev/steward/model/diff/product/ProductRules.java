package dev.steward.model.diff.product;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.diff.ChangeCollector.Judge;
import dev.steward.model.diff.FieldRule;
import dev.steward.model.diff.product.ProductSide.Port;
import dev.steward.model.mesh.MeshContract;
import dev.steward.model.mesh.product.ProductStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule tables of a data product and its ports. Consumers depend on output ports through their
 * contracts: removing an output port or pointing it at another contract breaks them; a new major
 * version, another type or server, a PII flag turned either way, a product going deprecated or
 * retired, a new owner team or domain are warnings (who to ask, what to move to, what may be read
 * under which rules). Input ports are what the product itself consumes: its consumers see them only
 * through the output contracts, which still hold, so a removed or repointed input is a warning (the
 * data behind an unchanged contract may shift) and a new one information.
 */
final class ProductRules {

    private static final Pattern MAJOR = Pattern.compile("^\\s*[vV]?(\\d+)");

    /** A different major version is a warning; a minor or patch step is information. */
    static final Judge VERSION = (before, after) -> {
        if (before.isEmpty() || after.isEmpty()) {
            return INFO;
        }
        Optional<Integer> b = major(before.get());
        Optional<Integer> a = major(after.get());
        return b.isPresent() && b.equals(a) ? INFO : WARNING;
    };

    /** Going deprecated or retired tells consumers to move away: a warning; other status steps are information. */
    static final Judge STATUS = (before, after) -> after.filter(MeshContract::isEndOfLife).isPresent()
            && before.filter(MeshContract::isEndOfLife).isEmpty() ? WARNING : INFO;

    private static final List<String> PRODUCT_METADATA = List.of("tags", "customProperties", "authoritativeDefinitions",
            "support", "managementPorts", "links", "custom");
    private static final List<String> PORT_METADATA = List.of("tags", "customProperties", "authoritativeDefinitions",
            "sbom", "links", "custom");

    private ProductRules() {
    }

    static List<FieldRule<ProductSide>> product(ProductStandard standard) {
        String info = standard == ProductStandard.DPS ? "info." : "";
        List<FieldRule<ProductSide>> rules = new ArrayList<>(List.of(
                FieldRule.of("id", "product-id-changed", BREAKING, p -> Optional.ofNullable(p.product().id())),
                FieldRule.of(info + (info.isEmpty() ? "name" : "title"), "product-name-changed", INFO,
                        p -> Optional.ofNullable(p.product().name())),
                FieldRule.of("version", "product-version-changed", INFO, p -> p.value("version")),
                FieldRule.judged(info + "status", "product-status-changed", STATUS,
                        p -> Optional.ofNullable(p.product().status())),
                FieldRule.of(info + "domain", "product-domain-changed", WARNING,
                        p -> Optional.ofNullable(p.product().domain())),
                FieldRule.of(standard == ProductStandard.DPS ? "info.owner" : "team", "product-owner-changed", WARNING,
                        p -> Optional.ofNullable(p.product().team())),
                FieldRule.of(info + "description", "description-changed", INFO, p -> p.value("description"))));
        for (String key : PRODUCT_METADATA) {
            rules.add(FieldRule.of(key, "metadata-changed", INFO, p -> p.value(key)));
        }
        return rules;
    }

    static List<FieldRule<Port>> output(ProductStandard standard) {
        List<FieldRule<Port>> rules = new ArrayList<>(List.of(
                FieldRule.of(standard == ProductStandard.DPS ? "dataContractId" : "contractId",
                        "output-port-contract-changed", BREAKING, ProductRules::contract),
                FieldRule.judged("version", "output-port-version-changed", VERSION, p -> p.value("version")),
                FieldRule.of("type", "output-port-type-changed", WARNING, p -> p.value("type")),
                FieldRule.of("server", "output-port-server-changed", WARNING, p -> p.value("server")),
                FieldRule.of("location", "output-port-server-changed", WARNING, p -> p.value("location")),
                FieldRule.judged("status", "output-port-status-changed", STATUS, p -> p.value("status")),
                FieldRule.of("containsPii", "output-port-pii-changed", WARNING,
                        p -> Optional.of(String.valueOf(p.mesh().containsPii()))),
                FieldRule.of("inputContracts", "output-port-inputs-changed", INFO, p -> p.value("inputContracts")),
                FieldRule.of("autoApprove", "output-port-access-changed", INFO, p -> p.value("autoApprove")),
                FieldRule.of("description", "description-changed", INFO, p -> p.value("description"))));
        addMetadata(rules);
        return rules;
    }

    static List<FieldRule<Port>> input(ProductStandard standard) {
        List<FieldRule<Port>> rules = new ArrayList<>(List.of(
                FieldRule.of(standard == ProductStandard.DPS ? "sourceSystemId" : "contractId",
                        "input-port-source-changed", WARNING,
                        p -> standard == ProductStandard.DPS ? p.value("sourceSystemId") : contract(p)),
                FieldRule.judged("version", "input-port-version-changed", VERSION, p -> p.value("version")),
                FieldRule.of("type", "input-port-changed", INFO, p -> p.value("type")),
                FieldRule.of("location", "input-port-changed", INFO, p -> p.value("location")),
                FieldRule.of("description", "description-changed", INFO, p -> p.value("description"))));
        addMetadata(rules);
        return rules;
    }

    private static void addMetadata(List<FieldRule<Port>> rules) {
        for (String key : PORT_METADATA) {
            rules.add(FieldRule.of(key, "metadata-changed", INFO, p -> p.value(key)));
        }
    }

    /** The contract a port names: ODPS {@code contractId}, DPS {@code dataContractId}, or a {@code $ref}. */
    private static Optional<String> contract(Port port) {
        return port.value("contractId").or(() -> port.value("dataContractId")).or(() -> port.value("$ref"));
    }

    private static Optional<Integer> major(String version) {
        Matcher m = MAJOR.matcher(version);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
