package dev.steward.model.contract.migration;

import dev.steward.model.yaml.YamlDocument;

/** PLACEHOLDER, being written. */
public final class DcsToOdcsMigrator {
    public MigrationResult migrate(YamlDocument dcs) {
        throw new UnsupportedOperationException();
    }
}
