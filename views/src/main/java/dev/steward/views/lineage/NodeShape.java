package dev.steward.views.lineage;

import dev.steward.model.lineage.NodeKind;

/** How a node kind is outlined, on the canvas and in SVG; the colour comes from its category. */
enum NodeShape {
    /** Contracts, schema objects, datasets, columns, dbt sources and seeds: square corners, data at rest. */
    BOX(2),
    /** dbt resources and jobs: rounded corners, transformations. */
    ROUNDED(10),
    /** Metrics, exposures, data products and ports: pill, consumer-facing things. */
    PILL(22),
    /** Tests: rounded with a dashed outline. */
    DASHED(10);

    private final double arc;

    NodeShape(double arc) {
        this.arc = arc;
    }

    /** Corner arc diameter at zoom 1 (clamped to the node height when drawn). */
    double arc() {
        return arc;
    }

    static NodeShape of(NodeKind kind) {
        return switch (kind) {
            case CONTRACT, SCHEMA_OBJECT, PROPERTY, DATASET, COLUMN, SOURCE, SEED -> BOX;
            case METRIC, SEMANTIC_MODEL, SAVED_QUERY, EXPOSURE, DATA_PRODUCT, PORT -> PILL;
            case TEST, UNIT_TEST -> DASHED;
            default -> ROUNDED;
        };
    }
}
