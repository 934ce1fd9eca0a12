package dev.steward.model.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps unsaved editor buffers on disk so that, after a crash or kill, the next start can offer to
 * restore them. One small JSON file per edited file, replaced atomically at each
 * {@link #record}; {@link #discard} once the buffer is saved or reverted. Entries that cannot be
 * read (a torn disk, a newer format) are skipped, never fatal. Thread-safe: entries of different
 * files are independent, and concurrent records of one file leave one complete entry.
 */
public final class EditJournal {

    private static final String SUFFIX = ".journal.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Age after which a leftover temporary cannot belong to a write still in progress. */
    static final Duration STALE_TEMPORARY = Duration.ofMinutes(10);

    private final Path directory;
    private final Clock clock;

    public EditJournal(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public EditJournal(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** {@code stewardHome/journal/<hash of the workspace folder>}: one journal per workspace. */
    public static Path directoryFor(Path stewardHome, Path workspaceRoot) {
        String key = workspaceRoot.toAbsolutePath().normalize().toString();
        String hash = DiskFingerprint.hash(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return stewardHome.resolve("journal").resolve(hash);
    }

    public Path directory() {
        return directory;
    }

    /** Saves (replacing any earlier entry) the unsaved {@code text} of {@code file}. */
    public void record(Path file, String text, String baseFingerprint) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("file", key(file).toString());
        json.put("baseFingerprint", baseFingerprint == null ? "" : baseFingerprint);
        json.put("recordedAt", clock.instant().toString());
        json.put("text", text);
        Files.createDirectories(directory);
        AtomicFileWriter.write(entryFile(file), JSON.writeValueAsBytes(json));
    }

    /** Forgets {@code file}'s entry (after it is saved, reverted or the restore declined). */
    public void discard(Path file) throws IOException {
        Files.deleteIfExists(entryFile(file));
    }

    /**
     * Every readable entry, most recent first. Also removes temporaries that a write interrupted
     * by a crash left behind (older than {@link #STALE_TEMPORARY}, so never one being written).
     */
    public List<JournalEntry> pending() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        removeStaleTemporaries();
        List<JournalEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path f : files) {
                JournalEntry e = read(f);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        entries.sort(Comparator.comparing(JournalEntry::recordedAt).reversed()
                .thenComparing(e -> e.file().toString()));
        return entries;
    }

    private void removeStaleTemporaries() throws IOException {
        Instant cutoff = clock.instant().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path t : temps) {
                try {
                    if (Files.getLastModifiedTime(t).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(t);
                    }
                } catch (IOException e) {
                    // another instance removed it, or it is not ours to remove: leave it
                }
            }
        }
    }

    private static JournalEntry read(Path entryFile) {
        try {
            JsonNode json = JSON.readTree(Files.readAllBytes(entryFile));
            if (json == null || json.path("format").asInt() != FORMAT || !json.path("text").isTextual()
                    || !json.path("file").isTextual()) {
                return null;
            }
            return new JournalEntry(Path.of(json.get("file").asText()), json.get("text").asText(),
                    json.path("baseFingerprint").asText(""), Instant.parse(json.path("recordedAt").asText()));
        } catch (JsonProcessingException | java.time.format.DateTimeParseException | java.nio.file.InvalidPathException e) {
            return null;
        } catch (IOException e) {
            return null; // deleted meanwhile or unreadable: nothing to offer
        }
    }

    private Path entryFile(Path file) {
        String hash = DiskFingerprint.hash(key(file).toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        return directory.resolve(hash + SUFFIX);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
