package dev.steward.model.lineage;

import java.util.Locale;

/**
 * Why one node depends on another. Every edge points from what is depended on (upstream) to
 * what depends on it (downstream), so "downstream of X" is what a change to X can affect.
 */
public enum EdgeKind {
    /** A dbt dependency ({@code depends_on.nodes}, the manifest's {@code parent_map}); also a semantic model reading its {@code ref()} and a metric reading measures or metrics. */
    DEPENDS_ON,
    /**
     * A part to its whole: a property to its schema object (or parent property), a schema object to
     * its contract, an observed column to its dataset. A change to a column reaches its table and
     * the contract, and through the contract its consumers (data product ports).
     */
    PART_OF,
    /**
     * A contract's schema object to the dbt source of the same table: the contract describes data
     * dbt reads, so a change to it reaches everything built on the source.
     */
    DESCRIBES,
    /**
     * A dbt model, seed or snapshot to the contract's schema object of the same table: the model
     * delivers what the contract promises, so a change to the model reaches the contract and its
     * consumers.
     */
    DELIVERS,
    /** An ODCS relationship: the referenced property ({@code to}) to the referencing one ({@code from}). */
    REFERENCES,
    /** ODCS {@code transformSourceObjects}: a source object to the property computed from it. */
    TRANSFORMS,
    /** An OpenLineage run event: an input dataset to its job, a job to its output, an input column to an output column. */
    OBSERVED,
    /** A data product port and the contract or product on the other side of it (data mesh). */
    PORT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
