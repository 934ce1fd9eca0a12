package dev.steward.model.completion;

/**
 * One suggestion at the cursor. {@code replaceStart..replaceEnd} is the text the suggestion
 * replaces (the partial word typed so far); {@code insertText} is what goes in its place.
 */
public record CompletionItem(String label, String insertText, String detail, Kind kind, int replaceStart, int replaceEnd) {

    public enum Kind { KEY, VALUE, REFERENCE }

    /**
     * The items whose label starts with {@code typed} (ignoring case), then those that only contain it, each
     * group in the given order; the first of items with the same label.
     */
    public static java.util.List<CompletionItem> matching(java.util.List<CompletionItem> items, String typed) {
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        java.util.List<CompletionItem> starts = new java.util.ArrayList<>();
        java.util.List<CompletionItem> contains = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CompletionItem item : items) {
            String lower = item.label().toLowerCase(java.util.Locale.ROOT);
            if (!seen.add(item.label())) {
                continue;
            }
            if (lower.startsWith(t)) {
                starts.add(item);
            } else if (lower.contains(t)) {
                contains.add(item);
            }
        }
        starts.addAll(contains);
        return starts;
    }
}
