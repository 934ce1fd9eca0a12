package dev.steward.views.mesh;

import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;

/** What the side panel shows for the selected data product. */
public record ProductDetails(String id, String label, String domain, String team, String status, Path path,
                            List<Port> inputPorts, List<Port> outputPorts, List<PolicyResult> policy) {

    public ProductDetails {
        inputPorts = List.copyOf(inputPorts);
        outputPorts = List.copyOf(outputPorts);
        policy = List.copyOf(policy);
    }

    /**
     * A port: its name, the contract (or source system) id it names, whether that contract is in the workspace,
     * the contract's name when it has one (null otherwise), the 1-based line of the port in the product's file,
     * the file of the contract (or providing product) when it is in the workspace (null otherwise), and whether
     * the port says it carries personal data (DPS {@code containsPii}, ODPS a {@code pii} tag or custom property).
     */
    public record Port(String name, String contractId, boolean contractExists, String contractName, int line,
                       Path contractPath, boolean containsPii) {
    }

    /** One governance finding on the product's file. */
    public record PolicyResult(Severity severity, String rule, String message, int line) {
    }
}
