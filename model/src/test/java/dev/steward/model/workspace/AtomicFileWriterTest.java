package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsAndReplacesAFileLeavingNoTemporary() throws IOException {
        Path f = dir.resolve("orders.yaml");
        AtomicFileWriter.writeString(f, "first\n");
        AtomicFileWriter.writeString(f, "second \u00e9\n");

        assertEquals("second \u00e9\n", Files.readString(f));
        assertEquals(List.of("orders.yaml"), names());
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path f = dir.resolve("a/b/c.yaml");
        AtomicFileWriter.writeString(f, "x");
        assertEquals("x", Files.readString(f));
    }

    @Test
    void keepsThePermissionsOfTheReplacedFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system only");
        Path f = dir.resolve("script.yaml");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));

        AtomicFileWriter.writeString(f, "new");

        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.yaml"), "old");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.yaml"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available");
            return;
        }

        AtomicFileWriter.writeString(link, "new");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporary() throws IOException {
        Path target = Files.createDirectories(dir.resolve("folder.yaml"));
        Files.writeString(target.resolve("inside"), "keep");

        assertThrows(IOException.class, () -> AtomicFileWriter.writeString(target, "x"));

        assertTrue(Files.isDirectory(target));
        assertEquals("keep", Files.readString(target.resolve("inside")));
        assertEquals(List.of("folder.yaml"), names());
    }
}
