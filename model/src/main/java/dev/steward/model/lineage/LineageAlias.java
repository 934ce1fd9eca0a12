package dev.steward.model.lineage;

import java.util.Locale;

/**
 * The names by which contributors find each other's nodes (see
 * {@link LineageGraphBuilder#alias(String, String)}). Aliases are case-insensitive. A dbt resource
 * registers its relation ({@code database.schema.identifier}), its table name and its {@code ref}
 * name; a contract's schema object its name and physical name; semantic models, metrics and saved
 * queries their names.
 */
public final class LineageAlias {

    private LineageAlias() {
    }

    /** A fully or partly qualified relation, {@code "db"."schema"."table"} or {@code db.schema.table}; quotes ignored. */
    public static String relation(String dotted) {
        return "relation:" + normalise(dotted);
    }

    /** A table by its unqualified name (the last part of a relation). */
    public static String table(String name) {
        String n = normalise(name);
        int dot = n.lastIndexOf('.');
        return "table:" + (dot < 0 ? n : n.substring(dot + 1));
    }

    /** A dbt model, seed or snapshot by the name {@code ref('...')} uses. */
    public static String ref(String name) {
        return "ref:" + normalise(name);
    }

    /** A semantic-layer element: {@code kind} is {@link NodeKind#SEMANTIC_MODEL}, {@link NodeKind#METRIC} or {@link NodeKind#SAVED_QUERY}. */
    public static String semantic(NodeKind kind, String name) {
        return kind.id() + ":" + normalise(name);
    }

    /** An ODCS contract by its {@code id} (what data product ports name in {@code contractId}). */
    public static String contract(String contractId) {
        return "contract-id:" + contractId.strip().toLowerCase(Locale.ROOT);
    }

    /** A node by its own id (an OpenLineage job named after a dbt {@code unique_id}, say). */
    public static String id(String nodeId) {
        return "id:" + nodeId.toLowerCase(Locale.ROOT);
    }

    private static String normalise(String name) {
        return name.replace("\"", "").replace("`", "").strip().toLowerCase(Locale.ROOT);
    }
}
