package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "a: 1\n");
        return p;
    }

    @Test
    void findsYamlFilesRecursivelyInSortedOrder() throws IOException {
        Path b = touch("contracts/b.yaml");
        Path a = touch("contracts/a.yml");
        Path deep = touch("contracts/sales/deep/orders.YAML");
        touch("contracts/readme.md");
        touch("contracts/data.json");

        List<Path> files = new WorkspaceScanner().scan(List.of(dir)).files();

        assertEquals(List.of(a, b, deep), files);
    }

    @Test
    void skipsToolFoldersAndHiddenFoldersAndFiles() throws IOException {
        Path kept = touch("kept.yaml");
        touch(".git/config.yaml");
        touch("target/classes/copy.yaml");
        touch("node_modules/pkg/x.yaml");
        touch(".steward/journal.yaml");
        touch(".github/workflows/ci.yml");
        touch(".orders.yaml.123.tmp.yaml");
        touch("sub/target/skip.yaml");

        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(List.of(dir));

        assertEquals(List.of(kept), scan.files());
        assertTrue(scan.problems().isEmpty());
    }

    @Test
    void takesAFileGivenDirectlyWhateverItsNameAndOnlyOnce() throws IOException {
        Path odd = touch("contract.txt");
        Path yaml = touch("x/c.yaml");

        List<Path> files = new WorkspaceScanner().scan(List.of(odd, dir.resolve("x"), yaml)).files();

        assertEquals(List.of(odd, yaml), files);
    }

    @Test
    void reportsAMissingPathAsMissing() throws IOException {
        Path present = touch("a.yaml");
        Path missing = dir.resolve("nope");

        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(List.of(missing, present));

        assertEquals(List.of(present), scan.files());
        assertEquals(1, scan.problems().size());
        assertTrue(scan.problems().getFirst().missing());
        assertTrue(scan.problems().getFirst().message().contains("No such file or folder"), scan.problems().toString());
    }

    @Test
    void aHiddenFolderGivenAsRootIsScanned() throws IOException {
        Path inside = touch(".contracts/a.yaml");

        assertEquals(List.of(inside), new WorkspaceScanner().scan(List.of(dir.resolve(".contracts"))).files());
    }

    @Test
    void takesLinkedFilesButDoesNotDescendIntoLinkedFolders() throws IOException {
        Path real = touch("elsewhere/real.yaml");
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Path linkedFile;
        try {
            linkedFile = Files.createSymbolicLink(ws.resolve("linked.yaml"), real);
            Files.createSymbolicLink(ws.resolve("loop"), ws);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links not available");
            return;
        }

        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(List.of(ws));

        assertEquals(List.of(linkedFile), scan.files());
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
    }
}
