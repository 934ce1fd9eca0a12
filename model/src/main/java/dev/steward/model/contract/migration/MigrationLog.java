package dev.steward.model.contract.migration;

import java.util.ArrayList;
import java.util.List;

/** Collects, in document order, what a migration could not carry over or had to assume. */
final class MigrationLog {

    private final List<String> entries = new ArrayList<>();

    /** Records {@code path: message}; {@code path} is the DCS location, dotted. */
    void note(String path, String message) {
        entries.add(path + ": " + message);
    }

    void dropped(String path, String why) {
        note(path, "not carried over (" + why + ")");
    }

    List<String> entries() {
        return List.copyOf(entries);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
