package dev.steward.model.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.git.IsolatedGitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedGitConfig.class)
class HeadBaselineTest {
    private static final Identity ALICE = new Identity("Alice", "alice@example.org");

    @TempDir
    Path dir;

    @Test
    void readsTheCommittedTextNotTheEditedFileAndFollowsNewCommits() throws Exception {
        Path file = dir.resolve("contracts/orders.yaml");
        Files.createDirectories(file.getParent());
        try (GitRepository git = GitRepository.init(dir)) {
            Files.writeString(file, "version: 1.0.0\n");
            git.stage(List.of("contracts/orders.yaml"));
            git.commit("first", ALICE);
            Files.writeString(file, "version: 2.0.0\n");
            try (HeadBaseline baseline = HeadBaseline.open(dir.resolve("contracts")).orElseThrow()) {
                assertEquals(Optional.of("version: 1.0.0\n"), baseline.committedTextIfChanged(file, "version: 2.0.0\n"));
                assertEquals(Optional.empty(), baseline.committedTextIfChanged(file, "version: 1.0.0\n"), "the committed text");
                assertEquals(Optional.of("contracts/orders.yaml"), baseline.repositoryPath(file));
                git.stage(List.of("contracts/orders.yaml"));
                git.commit("second", ALICE);
                assertEquals(Optional.empty(), baseline.committedTextIfChanged(file, "version: 2.0.0\n"), "a new HEAD is seen");
                assertEquals(Optional.of("version: 2.0.0\n"), baseline.committedTextIfChanged(file, "version: 3.0.0\n"));
            }
        }
    }

    @Test
    void newUntrackedAndOutsideFilesHaveNoCommittedText() throws Exception {
        try (GitRepository git = GitRepository.init(dir)) {
            Path file = dir.resolve("a.yaml");
            Files.writeString(file, "a: 1\n");
            try (HeadBaseline baseline = HeadBaseline.open(dir).orElseThrow()) {
                assertEquals(Optional.empty(), baseline.committedTextIfChanged(file, "a: 2\n"));
                git.stage(List.of("a.yaml"));
                git.commit("first", ALICE);
                Path untracked = dir.resolve("b.yaml");
                Files.writeString(untracked, "b: 1\n");
                assertEquals(Optional.empty(), baseline.committedTextIfChanged(untracked, "b: 2\n"));
                assertEquals(Optional.empty(), baseline.committedTextIfChanged(dir.getParent().resolve("elsewhere.yaml"), "c: 1\n"));
                assertEquals(Optional.of("a: 1\n"), baseline.committedTextIfChanged(file, "a: 2\n"), "a committed file");
            }
        }
    }

    @Test
    void aFolderOutsideAnyRepositoryHasNoBaseline() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertEquals(Optional.empty(), HeadBaseline.open(plain).filter(b -> {
            b.close();
            return b.repositoryPath(plain.resolve("x.yaml")).orElse("").equals("x.yaml");
        }));
    }
}
