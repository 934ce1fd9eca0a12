package dev.steward.model.query;

/** H2 2.x (the embedded preview database). */
final class H2Dialect implements SqlDialect {

    @Override
    public String id() {
        return "h2";
    }
}
