package dev.steward.model.completion;

/**
 * One suggestion at the cursor. {@code replaceStart..replaceEnd} is the text the suggestion
 * replaces (the partial word typed so far); {@code insertText} is what goes in its place.
 */
public record CompletionItem(String label, String insertText, String detail, Kind kind, int replaceStart, int replaceEnd) {

    public enum Kind { KEY, VALUE, REFERENCE }
}
