package dev.steward.model.query;

/** PostgreSQL 12 and later. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String id() {
        return "postgres";
    }
}
