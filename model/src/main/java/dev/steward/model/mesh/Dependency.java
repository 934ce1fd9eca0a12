package dev.steward.model.mesh;

import dev.steward.model.yaml.SourceRange;

/**
 * One product depending on another. {@code port} is the consumer's port that declares it (null for
 * a data usage agreement, which lives in its own file); {@code contractId} the contract or source
 * system id that links them; {@code range} where the link is written in the consumer's file.
 */
public record Dependency(MeshProduct consumer, MeshProduct provider, Via via, MeshPort port, String contractId,
                         SourceRange range) {

    /** How the dependency is declared. */
    public enum Via {
        /** ODPS: an input port's contractId is offered on the provider's output port. */
        INPUT_PORT,
        /** ODPS: an output port's inputContracts names a contract of the provider. */
        INPUT_CONTRACT,
        /** DPS: an input port's sourceSystemId is the provider's id. */
        SOURCE_SYSTEM,
        /** A data usage agreement: consumer data product, provider data product. */
        USAGE_AGREEMENT
    }

    public boolean crossDomain() {
        String a = consumer.domainKey();
        String b = provider.domainKey();
        return a != null && b != null && !a.equals(b);
    }
}
