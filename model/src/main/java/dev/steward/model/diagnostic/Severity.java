package dev.steward.model.diagnostic;

/** How bad a problem is. Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case word used in the command line and JSON output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
