package dev.steward.model.contract.migration;

import java.util.List;

/**
 * The ODCS text a migration produced and, one sentence each, what it could not carry over (or
 * had to assume), with the DCS path it concerns, e.g. {@code models.orders.fields.id.lineage: ...}.
 */
public record MigrationResult(String odcsYaml, List<String> losses) {
    public MigrationResult {
        losses = List.copyOf(losses);
    }
}
