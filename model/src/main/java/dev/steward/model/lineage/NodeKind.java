package dev.steward.model.lineage;

import java.util.Locale;
import java.util.Optional;

/**
 * What a lineage node stands for. {@link #id()} is the word written in exports (JSON {@code kind});
 * {@link #category()} is the coarser group impact analysis reports by.
 */
public enum NodeKind {
    CONTRACT(Category.CONTRACTS, "Contract"),
    SCHEMA_OBJECT(Category.CONTRACTS, "Schema object"),
    PROPERTY(Category.CONTRACTS, "Property"),
    DATA_PRODUCT(Category.PRODUCTS, "Data product"),
    PORT(Category.PRODUCTS, "Port"),
    SEMANTIC_MODEL(Category.METRICS, "Semantic model"),
    METRIC(Category.METRICS, "Metric"),
    SAVED_QUERY(Category.METRICS, "Saved query"),
    EXPOSURE(Category.EXPOSURES, "Exposure"),
    SOURCE(Category.DBT, "Source"),
    SEED(Category.DBT, "Seed"),
    MODEL(Category.DBT, "Model"),
    SNAPSHOT(Category.DBT, "Snapshot"),
    ANALYSIS(Category.DBT, "Analysis"),
    OPERATION(Category.DBT, "Operation"),
    FUNCTION(Category.DBT, "Function"),
    TEST(Category.TESTS, "Test"),
    UNIT_TEST(Category.TESTS, "Unit test"),
    DATASET(Category.DATASETS, "Dataset"),
    COLUMN(Category.DATASETS, "Column"),
    JOB(Category.DATASETS, "Job"),
    OTHER(Category.OTHER, "Other");

    /** The groups impact analysis lists nodes by, in report order. */
    public enum Category {
        CONTRACTS("Contracts"), PRODUCTS("Data products"), METRICS("Metrics"), EXPOSURES("Exposures"),
        DBT("dbt resources"), DATASETS("Datasets and jobs"), TESTS("Tests"), OTHER("Other");

        private final String title;

        Category(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Category category;
    private final String title;

    NodeKind(Category category, String title) {
        this.category = category;
        this.title = title;
    }

    /** The export word: the lower-case name, which for dbt resources is dbt's {@code resource_type}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    public Category category() {
        return category;
    }

    /** Tests are left out of views and impact unless asked for, as dbt docs does. */
    public boolean isTest() {
        return category == Category.TESTS;
    }

    /** Column-level nodes (contract properties, observed columns), folded into their table in table-level views. */
    public boolean isField() {
        return this == PROPERTY || this == COLUMN;
    }

    /** The kind of a dbt {@code resource_type} ({@code model}, {@code source}, ...); empty when unknown. */
    public static Optional<NodeKind> ofResourceType(String resourceType) {
        if (resourceType == null) {
            return Optional.empty();
        }
        return switch (resourceType) {
            case "model" -> Optional.of(MODEL);
            case "source" -> Optional.of(SOURCE);
            case "seed" -> Optional.of(SEED);
            case "snapshot" -> Optional.of(SNAPSHOT);
            case "analysis" -> Optional.of(ANALYSIS);
            case "operation" -> Optional.of(OPERATION);
            case "function" -> Optional.of(FUNCTION);
            case "test" -> Optional.of(TEST);
            case "unit_test" -> Optional.of(UNIT_TEST);
            case "exposure" -> Optional.of(EXPOSURE);
            case "metric" -> Optional.of(METRIC);
            case "semantic_model" -> Optional.of(SEMANTIC_MODEL);
            case "saved_query" -> Optional.of(SAVED_QUERY);
            default -> Optional.empty();
        };
    }
}
