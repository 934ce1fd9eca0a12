package dev.steward.model.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceInstallerTest {

    @TempDir
    Path tmp;

    private Path sample(String index, String... files) throws IOException {
        Path base = Files.createDirectories(tmp.resolve("bundled"));
        Files.writeString(base.resolve(SampleSource.INDEX), index);
        for (String f : files) {
            Path p = base.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "content of " + f + "\n");
        }
        return base;
    }

    private SampleWorkspaceInstaller installerFor(Path base) {
        return new SampleWorkspaceInstaller(SampleSource.folder(base));
    }

    @Test
    void copiesEveryListedFileAndCommitsThemAsSteward() throws Exception {
        Path base = sample("README.md\n# comment\n\ncontracts/a.odcs.yaml\nseeds/a.csv\n",
                "README.md", "contracts/a.odcs.yaml", "seeds/a.csv");
        Path target = tmp.resolve("home/Steward/sample");

        Path installed = installerFor(base).installIfMissing(target);

        assertEquals(target, installed);
        assertEquals("content of contracts/a.odcs.yaml\n", Files.readString(target.resolve("contracts/a.odcs.yaml")));
        assertTrue(Files.isRegularFile(target.resolve("seeds/a.csv")));
        assertFalse(Files.exists(target.resolve(SampleSource.INDEX)), "the index is not part of the workspace");
        try (Git git = Git.open(target.toFile())) {
            List<RevCommit> log = new ArrayList<>();
            git.log().call().forEach(log::add);
            assertEquals(1, log.size());
            RevCommit commit = log.get(0);
            assertEquals("Sample workspace", commit.getFullMessage());
            assertEquals("Steward", commit.getAuthorIdent().getName());
            assertEquals("steward@localhost", commit.getAuthorIdent().getEmailAddress());
            assertEquals("main", git.getRepository().getBranch());
            Status status = git.status().call();
            assertTrue(status.isClean(), "everything committed, nothing left over: " + status.getUntracked());
        }
    }

    @Test
    void eachListedBranchIsOneCommitOnTopOfMainAndTheWorkingTreeStaysOnMain() throws Exception {
        Path base = sample("contracts/a.odcs.yaml\ncontracts/b.odcs.yaml\n", "contracts/a.odcs.yaml", "contracts/b.odcs.yaml");
        Path branchFiles = Files.createDirectories(tmp.resolve("branches/review--a-v2/contracts"));
        Files.writeString(branchFiles.resolve("a.odcs.yaml"), "a v2\n");
        Files.writeString(tmp.resolve("branches").resolve(SampleBranch.INDEX), """
                # comment
                branch review/a-v2 | A v2: renamed a column
                contracts/a.odcs.yaml
                """);
        Path target = tmp.resolve("sample");

        new SampleWorkspaceInstaller(SampleSource.folder(base), SampleSource.folder(tmp.resolve("branches")))
                .installIfMissing(target);

        assertEquals("content of contracts/a.odcs.yaml\n", Files.readString(target.resolve("contracts/a.odcs.yaml")),
                "main's version on disk");
        assertFalse(Files.exists(target.resolve(SampleBranch.INDEX)));
        try (Git git = Git.open(target.toFile())) {
            assertEquals("main", git.getRepository().getBranch());
            assertTrue(git.status().call().isClean());
            RevCommit tip = git.log().add(git.getRepository().resolve("review/a-v2")).setMaxCount(1).call().iterator().next();
            assertEquals("A v2: renamed a column", tip.getFullMessage());
            assertEquals(git.getRepository().resolve("main"), tip.getParent(0).getId());
            try (org.eclipse.jgit.treewalk.TreeWalk walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(),
                    "contracts/a.odcs.yaml", tip.getTree())) {
                assertEquals("a v2\n",
                        new String(git.getRepository().open(walk.getObjectId(0)).getBytes()));
            }
        }
    }

    @Test
    void aBranchLineWithoutACommitMessageIsRefusedWithItsLine() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path branches = Files.createDirectories(tmp.resolve("branches"));
        Files.writeString(branches.resolve(SampleBranch.INDEX), "\nbranch review/x\na.yaml\n");

        IOException e = assertThrows(IOException.class, () -> new SampleWorkspaceInstaller(SampleSource.folder(base),
                SampleSource.folder(branches)).installIfMissing(tmp.resolve("sample")));

        assertTrue(e.getMessage().contains("Line 2") && e.getMessage().contains("branch <name> | <commit message>"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("sample")));
    }

    @Test
    void aBranchFileThatLeavesTheWorkspaceIsRefusedWithItsLineInBranchesTxt() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path branches = Files.createDirectories(tmp.resolve("branches"));
        Files.writeString(branches.resolve(SampleBranch.INDEX), "branch review/x | X\n../outside.yaml\n");

        IOException e = assertThrows(IOException.class, () -> new SampleWorkspaceInstaller(SampleSource.folder(base),
                SampleSource.folder(branches)).installIfMissing(tmp.resolve("sample")));

        assertTrue(e.getMessage().contains("Line 2 of the sample's " + SampleBranch.INDEX)
                && e.getMessage().contains("../outside.yaml"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("sample")));
    }

    @Test
    void leavesNoStagingFolderBehind() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path parent = tmp.resolve("Steward");

        installerFor(base).installIfMissing(parent.resolve("sample"));

        try (Stream<Path> siblings = Files.list(parent)) {
            assertEquals(List.of(parent.resolve("sample")), siblings.toList());
        }
    }

    @Test
    void leavesAFolderWithContentAlone() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path target = Files.createDirectories(tmp.resolve("sample"));
        Files.writeString(target.resolve("mine.txt"), "my own work");

        Path returned = installerFor(base).installIfMissing(target);

        assertEquals(target, returned);
        assertEquals("my own work", Files.readString(target.resolve("mine.txt")));
        assertFalse(Files.exists(target.resolve("a.yaml")));
        assertFalse(Files.exists(target.resolve(".git")), "no repository created inside the user's folder");
    }

    @Test
    void installsIntoAnExistingEmptyFolder() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path target = Files.createDirectories(tmp.resolve("sample"));

        installerFor(base).installIfMissing(target);

        assertTrue(Files.isRegularFile(target.resolve("a.yaml")));
        assertTrue(Files.isDirectory(target.resolve(".git")));
    }

    @Test
    void secondCallChangesNothing() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path target = tmp.resolve("sample");
        SampleWorkspaceInstaller installer = installerFor(base);
        installer.installIfMissing(target);
        Files.writeString(target.resolve("a.yaml"), "edited");

        installer.installIfMissing(target);

        assertEquals("edited", Files.readString(target.resolve("a.yaml")));
    }

    @Test
    void aFileMissingFromTheSourceFailsWithoutLeavingAHalfInstall() throws Exception {
        Path base = sample("a.yaml\nmissing.yaml\n", "a.yaml");
        Path parent = Files.createDirectories(tmp.resolve("Steward"));
        Path target = parent.resolve("sample");

        IOException e = assertThrows(IOException.class, () -> installerFor(base).installIfMissing(target));

        assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "neither the target nor the staging folder remains");
        }
    }

    @Test
    void indexEntriesThatLeaveTheSampleAreRefused() throws Exception {
        Path base = sample("a.yaml\n../../outside.txt\n", "a.yaml");

        IOException e = assertThrows(IOException.class,
                () -> installerFor(base).installIfMissing(tmp.resolve("sample")));

        assertTrue(e.getMessage().contains("Line 2") && e.getMessage().contains("../../outside.txt"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("sample")));
    }

    @Test
    void anEmptyIndexIsAnError() throws Exception {
        Path base = sample("# nothing\n");

        IOException e = assertThrows(IOException.class,
                () -> installerFor(base).installIfMissing(tmp.resolve("sample")));

        assertTrue(e.getMessage().contains("lists no files"), e.getMessage());
    }

    @Test
    void aTargetThatIsAFileIsReported() throws Exception {
        Path base = sample("a.yaml\n", "a.yaml");
        Path target = Files.writeString(tmp.resolve("sample"), "not a folder");

        IOException e = assertThrows(IOException.class, () -> installerFor(base).installIfMissing(target));

        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
        assertEquals("not a folder", Files.readString(target));
    }

    @Test
    void classpathSourceNamesTheMissingResource() {
        SampleSource source = SampleSource.classpath(new ClassLoader(null) { });

        IOException e = assertThrows(IOException.class, () -> source.open(SampleSource.INDEX));

        assertTrue(e.getMessage().contains("dev/steward/resources/sample/index.txt"), e.getMessage());
    }
}
