package dev.steward.model.workspace;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An unsaved editor buffer kept by the {@link EditJournal}: the file it belongs to, its text, and
 * the fingerprint of the disk content it was based on ({@link DiskFingerprint#encode()}, or empty
 * for a file never saved), so that restoring can warn when the disk has moved on since.
 */
public record JournalEntry(Path file, String text, String baseFingerprint, Instant recordedAt) {
}
