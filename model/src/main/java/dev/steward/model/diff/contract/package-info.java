/**
 * Semantic diff of data contracts (ODCS v3 and the older DCS): {@link dev.steward.model.diff.contract.ContractDiffer}
 * walks two revisions' YAML trees side by side, matching lists by natural key (schema objects and
 * properties by {@code id} then {@code name}, servers, SLA entries, roles, team members...; DCS maps
 * by name, with {@code $ref} definitions inlined), and classifies each difference by the
 * {@link dev.steward.model.diff.contract.ContractRule} table as breaking, warning or info. It also
 * judges the version bump against Semantic Versioning. No JavaFX here.
 */
package dev.steward.model.diff.contract;
