package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditJournalTest {

    @TempDir
    Path dir;

    private Path journalDir() {
        return dir.resolve("journal");
    }

    @Test
    void aNewInstanceSeesWhatAnotherRecorded() throws IOException {
        Path file = dir.resolve("ws/orders.yaml");
        new EditJournal(journalDir()).record(file, "name: \u00e9 unsaved\n", "12:34:abc");

        List<JournalEntry> pending = new EditJournal(journalDir()).pending();

        assertEquals(1, pending.size());
        assertEquals(file.toAbsolutePath(), pending.getFirst().file());
        assertEquals("name: \u00e9 unsaved\n", pending.getFirst().text());
        assertEquals("12:34:abc", pending.getFirst().baseFingerprint());
    }

    @Test
    void aLaterRecordReplacesTheEntryAndDiscardRemovesIt() throws IOException {
        EditJournal journal = new EditJournal(journalDir());
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        journal.record(a, "one", "");
        journal.record(a, "two", "");
        journal.record(b, "bee", "");

        assertEquals(2, journal.pending().size());
        assertTrue(journal.pending().stream().anyMatch(e -> e.file().equals(a.toAbsolutePath()) && e.text().equals("two")));

        journal.discard(a);
        journal.discard(dir.resolve("never-recorded.yaml"));

        assertEquals(List.of(b.toAbsolutePath()), journal.pending().stream().map(JournalEntry::file).toList());
    }

    @Test
    void newestEntriesComeFirst() throws IOException {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        new EditJournal(journalDir(), Clock.fixed(t0, ZoneOffset.UTC)).record(dir.resolve("old.yaml"), "o", "");
        new EditJournal(journalDir(), Clock.fixed(t0.plusSeconds(5), ZoneOffset.UTC)).record(dir.resolve("new.yaml"), "n", "");

        List<JournalEntry> pending = new EditJournal(journalDir()).pending();

        assertEquals(List.of("n", "o"), pending.stream().map(JournalEntry::text).toList());
        assertEquals(t0.plusSeconds(5), pending.getFirst().recordedAt());
    }

    @Test
    void corruptEntriesAreSkipped() throws IOException {
        EditJournal journal = new EditJournal(journalDir());
        journal.record(dir.resolve("good.yaml"), "good", "");
        Files.writeString(journalDir().resolve("torn.journal.json"), "{\"format\":1,\"text\":\"half");

        assertEquals(List.of("good"), journal.pending().stream().map(JournalEntry::text).toList());
    }

    @Test
    void temporariesLeftByAnInterruptedWriteAreRemovedOnceStale() throws IOException {
        EditJournal journal = new EditJournal(journalDir());
        journal.record(dir.resolve("a.yaml"), "a", "");
        Path stale = Files.writeString(journalDir().resolve(".abc.journal.json.1.tmp"), "{\"format\":1,");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(Instant.now().minus(java.time.Duration.ofHours(1))));
        Path fresh = Files.writeString(journalDir().resolve(".def.journal.json.2.tmp"), "{");

        assertEquals(1, journal.pending().size());

        assertTrue(Files.notExists(stale));
        assertTrue(Files.exists(fresh), "a temporary being written right now is left alone");
    }

    @Test
    void anAbsentJournalHasNothingPending() throws IOException {
        assertEquals(List.of(), new EditJournal(dir.resolve("nothing")).pending());
    }

    @Test
    void eachWorkspaceHasItsOwnJournalFolder() {
        Path home = dir.resolve(".steward");
        Path one = EditJournal.directoryFor(home, dir.resolve("one"));
        Path two = EditJournal.directoryFor(home, dir.resolve("two"));

        assertNotEquals(one, two);
        assertEquals(home.resolve("journal"), one.getParent());
        assertEquals(one, EditJournal.directoryFor(home, dir.resolve("x/../one")));
    }

    /** Entry point of the child JVM in {@link #anEntrySurvivesAKilledJvm}: records, then dies abruptly. */
    public static void main(String[] args) throws IOException {
        new EditJournal(Path.of(args[0])).record(Path.of(args[1]), args[2], "");
        Runtime.getRuntime().halt(137);
    }

    @Test
    void anEntrySurvivesAKilledJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                EditJournalTest.class.getName(), journalDir().toString(), dir.resolve("crash.yaml").toString(), "unsaved work"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        String output = new String(child.getInputStream().readAllBytes());
        assertEquals(137, child.exitValue(), output);

        List<JournalEntry> pending = new EditJournal(journalDir()).pending();

        assertEquals(1, pending.size(), output);
        assertEquals("unsaved work", pending.getFirst().text());
        assertEquals(dir.resolve("crash.yaml").toAbsolutePath(), pending.getFirst().file());
    }
}
