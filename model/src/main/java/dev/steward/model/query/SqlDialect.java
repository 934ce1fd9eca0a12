package dev.steward.model.query;

/**
 * The SQL a database understands. Every difference between databases that the compiler meets (date
 * truncation, interval arithmetic, percentiles, time spine generation, identifier quoting) is a method here,
 * so adding an engine is one class. {@link #H2} and {@link #POSTGRES} are shipped.
 */
public interface SqlDialect {

    /** {@code h2}, {@code postgres}. */
    String id();

    SqlDialect H2 = new H2Dialect();
    SqlDialect POSTGRES = new PostgresDialect();

    /** The dialect for {@code id} ({@code h2}, {@code postgres}/{@code postgresql}), case-insensitive. */
    static java.util.Optional<SqlDialect> forId(String id) {
        return switch (id.toLowerCase(java.util.Locale.ROOT)) {
            case "h2" -> java.util.Optional.of(H2);
            case "postgres", "postgresql" -> java.util.Optional.of(POSTGRES);
            default -> java.util.Optional.empty();
        };
    }
}
