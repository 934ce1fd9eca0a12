package dev.steward.model.contract.schema;

import java.util.Optional;

/**
 * A released version of a standard, e.g. ODCS {@code v3.1.0} or DCS {@code 1.2.1}. {@code label} is
 * the exact text the standard uses in a document.
 */
public record Version(int major, int minor, int patch, String label) implements Comparable<Version> {

    /** Parses {@code v3.1.0} or {@code 1.2.1}; empty when the text is not three dot-separated numbers. */
    public static Optional<Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.startsWith("v") ? text.substring(1) : text;
        String[] parts = t.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 4 || !parts[i].chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            n[i] = Integer.parseInt(parts[i]);
        }
        return Optional.of(new Version(n[0], n[1], n[2], text));
    }

    public static Version of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a version: " + text));
    }

    public boolean atLeast(String other) {
        return compareTo(of(other)) >= 0;
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return label;
    }
}
