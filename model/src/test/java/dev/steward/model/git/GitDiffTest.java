package dev.steward.model.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class GitDiffTest {

    @TempDir
    Path dir;

    GitFixture repo;

    @BeforeEach
    void setUp() throws GitProblem {
        repo = GitFixture.init(dir);
    }

    @AfterEach
    void tearDown() {
        repo.git.close();
    }

    private static String lines(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("line ").append(i).append('\n');
        }
        return sb.toString();
    }

    private static DiffLine ctx(int oldNo, int newNo) {
        return new DiffLine(DiffLine.Kind.CONTEXT, oldNo, newNo, "line " + oldNo);
    }

    @Test
    void workingTreeDiffHasOneHunkWithThreeLinesOfContext() throws Exception {
        repo.commitFile("a.txt", lines(1, 20), "initial");
        repo.write("a.txt", lines(1, 9) + "line ten\n" + lines(11, 20));

        FileDiff diff = repo.git.diffWorkingTree("a.txt");

        assertEquals(Optional.of("a.txt"), diff.oldPath());
        assertEquals(Optional.of("a.txt"), diff.newPath());
        assertEquals(1, diff.hunks().size());
        Hunk hunk = diff.hunks().getFirst();
        assertEquals("@@ -7,7 +7,7 @@", hunk.header());
        assertEquals(List.of(ctx(7, 7), ctx(8, 8), ctx(9, 9),
                new DiffLine(DiffLine.Kind.DELETE, 10, 0, "line 10"),
                new DiffLine(DiffLine.Kind.ADD, 0, 10, "line ten"),
                ctx(11, 11), ctx(12, 12), ctx(13, 13)), hunk.lines());
    }

    @Test
    void distantChangesMakeSeparateHunksAndCloseOnesMerge() throws Exception {
        repo.commitFile("a.txt", lines(1, 30), "initial");
        repo.write("a.txt", "line one\n" + lines(2, 4) + "inserted\n" + lines(5, 29) + "line thirty\n");

        List<Hunk> hunks = repo.git.diffWorkingTree("a.txt").hunks();

        assertEquals(List.of("@@ -1,7 +1,8 @@", "@@ -27,4 +28,4 @@"), hunks.stream().map(Hunk::header).toList());
        assertEquals(new DiffLine(DiffLine.Kind.ADD, 0, 5, "inserted"), hunks.get(0).lines().get(5));
    }

    @Test
    void stagedDiffComparesHeadWithTheIndexNotTheWorkingTree() throws Exception {
        repo.commitFile("a.txt", "a\nb\n", "initial");
        repo.write("a.txt", "a\nstaged\n");
        repo.git.stage(List.of("a.txt"));
        repo.write("a.txt", "a\nnot staged\n");

        FileDiff staged = repo.git.diffStaged(repo.change("a.txt"));
        FileDiff unstaged = repo.git.diffWorkingTree("a.txt");

        assertEquals(List.of("-b", "+staged"), changedLines(staged));
        assertEquals(List.of("-staged", "+not staged"), changedLines(unstaged));
    }

    @Test
    void newAndDeletedFilesDiffAgainstNothing() throws Exception {
        repo.write("new.txt", "x\ny\n");
        FileDiff added = repo.git.diffWorkingTree("new.txt");
        assertEquals(Optional.empty(), added.oldPath());
        assertEquals("@@ -0,0 +1,2 @@", added.hunks().getFirst().header());

        repo.commitAll("add");
        Files.delete(repo.root.resolve("new.txt"));
        FileDiff deleted = repo.git.diffWorkingTree("new.txt");
        assertEquals(Optional.empty(), deleted.newPath());
        assertEquals(List.of("-x", "-y"), changedLines(deleted));
    }

    @Test
    void commitDiffIsAgainstTheFirstParentOrNothingForTheRoot() throws Exception {
        CommitInfo root = repo.commitFile("a.txt", "one\n", "initial");
        repo.write("b.txt", "b\n");
        repo.write("a.txt", "two\n");
        CommitInfo second = repo.commitAll("second");

        List<FileDiff> rootDiff = repo.git.diffCommit(root.id());
        assertEquals(List.of("+one"), changedLines(rootDiff.getFirst()));

        List<FileDiff> secondDiff = repo.git.diffCommit(second.shortId());
        assertEquals(List.of("a.txt", "b.txt"), secondDiff.stream().map(FileDiff::displayPath).toList());
        assertEquals(List.of("-one", "+two"), changedLines(secondDiff.get(0)));
        assertEquals(List.of("+b"), changedLines(secondDiff.get(1)));
    }

    @Test
    void withAutoCrlfACrlfWorkingCopyDiffsOnlyItsRealChanges() throws Exception {
        try (org.eclipse.jgit.api.Git jgit = org.eclipse.jgit.api.Git.open(repo.root.toFile())) {
            var config = jgit.getRepository().getConfig();
            config.setString("core", null, "autocrlf", "true");
            config.save();
        }
        repo.commitFile("a.txt", "a\nb\n", "initial");
        repo.write("a.txt", "a\r\nb\r\nc\r\n");

        assertEquals(List.of("+c"), changedLines(repo.git.diffWorkingTree("a.txt")));
    }

    @Test
    void binaryFilesHaveNoHunks() throws Exception {
        Files.write(repo.root.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        FileDiff diff = repo.git.diffWorkingTree("logo.png");
        assertTrue(diff.binary());
        assertEquals(List.of(), diff.hunks());
    }

    @Test
    void sideBySidePairsDeletionsWithAdditions() {
        Hunk hunk = new Hunk(1, 4, 1, 3, List.of(
                new DiffLine(DiffLine.Kind.CONTEXT, 1, 1, "same"),
                new DiffLine(DiffLine.Kind.DELETE, 2, 0, "old a"),
                new DiffLine(DiffLine.Kind.DELETE, 3, 0, "old b"),
                new DiffLine(DiffLine.Kind.ADD, 0, 2, "new a"),
                new DiffLine(DiffLine.Kind.CONTEXT, 4, 3, "end")));

        List<SideBySideRow> rows = FileDiff.sideBySide(hunk);

        assertEquals(4, rows.size());
        assertEquals("old a", rows.get(1).left().orElseThrow().text());
        assertEquals("new a", rows.get(1).right().orElseThrow().text());
        assertEquals("old b", rows.get(2).left().orElseThrow().text());
        assertEquals(Optional.empty(), rows.get(2).right());
        assertEquals(rows.get(3).left(), rows.get(3).right());
    }

    private static List<String> changedLines(FileDiff diff) {
        return diff.lines().stream().filter(l -> l.kind() != DiffLine.Kind.CONTEXT).map(DiffLine::toString).toList();
    }
}
