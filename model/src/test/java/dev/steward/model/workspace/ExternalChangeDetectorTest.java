package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.workspace.ExternalChangeDetector.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalChangeDetectorTest {

    @TempDir
    Path dir;

    private final ExternalChangeDetector detector = new ExternalChangeDetector();

    @Test
    void unchangedWhenOnlyTouched() throws IOException {
        Path f = Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        DiskFingerprint loaded = DiskFingerprint.of(f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(loaded.modifiedMillis() + 60_000));

        ExternalChangeDetector.Check check = detector.check(f, loaded);

        assertEquals(Status.UNCHANGED, check.status());
        assertFalse(check.changed());
    }

    @Test
    void modifiedEvenWithTheSameSizeAndTime() throws IOException {
        Path f = Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        DiskFingerprint loaded = DiskFingerprint.of(f);
        Files.writeString(f, "name: b\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(loaded.modifiedMillis()));

        ExternalChangeDetector.Check check = detector.check(f, loaded);

        assertEquals(Status.MODIFIED, check.status());
        assertEquals(DiskFingerprint.of(f), check.current());
    }

    @Test
    void modifiedWhenTheSizeChanged() throws IOException {
        Path f = Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        DiskFingerprint loaded = DiskFingerprint.of(f);
        Files.writeString(f, "name: a longer one\n");

        assertEquals(Status.MODIFIED, detector.check(f, loaded).status());
    }

    @Test
    void deletedWhenGone() throws IOException {
        Path f = Files.writeString(dir.resolve("a.yaml"), "x");
        DiskFingerprint loaded = DiskFingerprint.of(f);
        Files.delete(f);

        ExternalChangeDetector.Check check = detector.check(f, loaded);

        assertEquals(Status.DELETED, check.status());
        assertNull(check.current());
    }

    @Test
    void fingerprintsRoundTripThroughText() throws IOException {
        DiskFingerprint fp = DiskFingerprint.of(Files.writeString(dir.resolve("a.yaml"), "x"));

        assertEquals(Optional.of(fp), DiskFingerprint.decode(fp.encode()));
        assertTrue(DiskFingerprint.decode("garbage").isEmpty());
        assertTrue(DiskFingerprint.decode("1:2:abc").isEmpty());
    }
}
