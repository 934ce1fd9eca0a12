package dev.steward.views.preview;

/** One entry of a {@link PickList}: the name a query uses, and a line of detail to show beside it. */
public record PickItem(String name, String detail) {

    /** Whether {@code search} (case-insensitive, blank matches all) occurs in the name or the detail. */
    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String s = search.strip().toLowerCase(java.util.Locale.ROOT);
        return name.toLowerCase(java.util.Locale.ROOT).contains(s) || detail.toLowerCase(java.util.Locale.ROOT).contains(s);
    }
}
