package dev.steward.model.mesh.org;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/**
 * A data usage agreement (Data Mesh Manager, {@code dataUsageAgreementSpecification: 0.0.1}): the
 * consumer product may use the provider product's output port. {@code status} is {@code info.status}.
 */
public record UsageAgreement(String id, String providerTeamId, String providerProductId, String providerOutputPortId,
                             String consumerTeamId, String consumerProductId, String status, Path path,
                             SourceRange range) {
}
