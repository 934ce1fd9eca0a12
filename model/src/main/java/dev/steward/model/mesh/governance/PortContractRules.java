package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.MeshContract;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.product.ProductStandard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rules on what an output port promises: its contract exists ({@code mesh-output-contract-missing}),
 * is owned by the product's team ({@code mesh-contract-owner-mismatch}), and classifies every
 * personal-data property when the port carries personal data ({@code mesh-pii-unclassified}).
 */
final class PortContractRules {

    private static final int MAX_LISTED = 5;

    private PortContractRules() {
    }

    static void check(MeshModel model, MeshFindings findings) {
        for (MeshProduct product : model.products()) {
            for (MeshPort port : product.outputPorts()) {
                Optional<MeshContract> contract = model.contract(port.contractId());
                if (contract.isEmpty()) {
                    missing(model, product, port, findings);
                    continue;
                }
                owner(model, product, port, contract.get(), findings);
                personalData(product, port, contract.get(), findings);
            }
        }
    }

    private static void missing(MeshModel model, MeshProduct product, MeshPort port, MeshFindings findings) {
        if (!findings.enabled(MeshRules.OUTPUT_CONTRACT_MISSING)) {
            return;
        }
        String key = product.standard() == ProductStandard.ODPS ? "contractId" : "dataContractId";
        if (port.contractId() == null) {
            findings.add(MeshRules.OUTPUT_CONTRACT_MISSING, product, port.contractRange(), "Output port "
                    + port.label() + " names no data contract; add '" + key + ": <id>' with the id of a contract in"
                    + " this workspace, so consumers know what the port promises");
            return;
        }
        CloseMatch close = CloseMatch.of(port.contractId(), model.contracts().keySet());
        String hint = close.didYouMean("; ", "", model.contracts().isEmpty() ? "; the workspace has no contracts yet"
                : "; add the contract to the workspace or correct the id");
        findings.add(MeshRules.OUTPUT_CONTRACT_MISSING, product, port.contractRange(), "Output port "
                + port.label() + " promises contract '" + port.contractId() + "', but no contract in the workspace has"
                + " that id" + hint, close.fixAt(port.contractRange()));
    }

    private static void owner(MeshModel model, MeshProduct product, MeshPort port, MeshContract contract,
                              MeshFindings findings) {
        if (!findings.enabled(MeshRules.CONTRACT_OWNER_MISMATCH)) {
            return;
        }
        String productTeam = model.organization().teamKey(product.team());
        String contractTeam = model.organization().teamKey(contract.ownerTeam());
        if (productTeam == null || contractTeam == null || productTeam.equals(contractTeam)) {
            return;
        }
        findings.add(MeshRules.CONTRACT_OWNER_MISMATCH, product, port.contractRange(), "Output port "
                + port.label() + " implements contract " + contract.label() + ", owned by team '" + contract.ownerTeam()
                + "', but this data product is owned by '" + product.team() + "'; the team that owns a product should"
                + " own the contracts its output ports promise");
    }

    private static void personalData(MeshProduct product, MeshPort port, MeshContract contract, MeshFindings findings) {
        if (!findings.enabled(MeshRules.PII_UNCLASSIFIED)) {
            return;
        }
        boolean marked = contract.fields().stream().anyMatch(f -> "marked pii".equals(f.personal()));
        if (!port.containsPii() && !marked) {
            return;
        }
        List<MeshContract.ContractField> open = contract.fields().stream()
                .filter(MeshContract.ContractField::unclassifiedPersonal).toList();
        if (open.isEmpty()) {
            return;
        }
        String listed = open.stream().limit(MAX_LISTED).map(f -> f.name() + " (" + f.personal() + ")")
                .collect(Collectors.joining(", "));
        if (open.size() > MAX_LISTED) {
            listed += " and " + (open.size() - MAX_LISTED) + " more";
        }
        String why = port.containsPii() ? "is marked as holding personal data" : "carries properties marked pii";
        findings.add(MeshRules.PII_UNCLASSIFIED, product, port.contractRange(), "Output port " + port.label()
                + " " + why + ", but its contract " + contract.label() + " gives no classification to " + listed
                + "; classify each (e.g. classification: restricted) in " + contract.path().getFileName()
                + " so access rules apply");
    }
}
