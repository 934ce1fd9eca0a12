package dev.steward.model.artifact;

/** What a workspace file is, recognised by its content. {@code id} is the word the CLI prints. */
public enum ArtifactKind {
    ODCS("odcs", "Data contract (ODCS)"),
    DCS("dcs", "Data contract (DCS)"),
    /** dbt Semantic Layer / MetricFlow YAML: semantic models, metrics, saved queries, time spines. */
    SEMANTIC("semantic", "Semantic layer (dbt / MetricFlow)"),
    /** A data product: Bitol ODPS or the Data Product Specification (DPS). */
    DATA_PRODUCT("dataproduct", "Data product");

    private final String id;
    private final String title;

    ArtifactKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
