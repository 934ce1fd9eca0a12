package dev.steward.model.lineage;

/**
 * The node id scheme for artifacts that have no id of their own (dbt resources keep their
 * {@code unique_id}, e.g. {@code model.jaffle_shop.orders}):
 * <ul>
 *   <li>{@code contract:<contract id>}, {@code contract:<contract id>/<object name>},
 *       {@code contract:<contract id>/<object name>/<dotted property path>}; a contract without an
 *       {@code id} goes by its file name up to the first dot;</li>
 *   <li>{@code semantic_model:<name>}, {@code metric:<name>}, {@code saved_query:<name>} for
 *       semantic-layer elements the manifest does not define, and {@code model:<name>} for a
 *       {@code ref('name')} no manifest resolves;</li>
 *   <li>{@code dataset:<name>} for a {@code transformSourceObjects} entry nothing defines;
 *       {@code dataset:<namespace>:<name>} and {@code job:<namespace>:<name>} for OpenLineage
 *       datasets and jobs (Marquez's node ids), {@code <dataset node id>/<field>} for their columns.</li>
 * </ul>
 */
public final class LineageIds {

    static final String CONTRACT_PREFIX = "contract:";

    private LineageIds() {
    }

    public static String contract(String contractId) {
        return CONTRACT_PREFIX + contractId;
    }

    public static String schemaObject(String contractId, String objectName) {
        return contract(contractId) + "/" + objectName;
    }

    public static String property(String contractId, String objectName, String propertyPath) {
        return schemaObject(contractId, objectName) + "/" + propertyPath;
    }

    /** {@code kind} is one of the semantic-layer kinds or {@link NodeKind#MODEL}. */
    public static String semantic(NodeKind kind, String name) {
        return kind.id() + ":" + name;
    }

    /** A data product by its {@code id}. */
    public static String dataProduct(String productId) {
        return "data_product:" + productId;
    }

    /** A port of a data product: {@code input} or {@code output}, then its name. */
    public static String port(String productId, boolean input, String portName) {
        return dataProduct(productId) + "/" + (input ? "input" : "output") + "/" + portName;
    }

    public static String dataset(String name) {
        return "dataset:" + name;
    }

    public static String dataset(String namespace, String name) {
        return "dataset:" + namespace + ":" + name;
    }

    public static String job(String namespace, String name) {
        return "job:" + namespace + ":" + name;
    }

    public static String column(String datasetNodeId, String field) {
        return datasetNodeId + "/" + field;
    }
}
