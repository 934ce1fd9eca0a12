package dev.steward.model.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throwaway repository for tests: files, commits and the identity used to make them. */
final class GitFixture {

    static final Identity ALICE = new Identity("Alice Example", "alice@example.org");

    final Path root;
    final GitRepository git;

    private GitFixture(Path root, GitRepository git) {
        this.root = root;
        this.git = git;
    }

    static GitFixture init(Path dir) throws GitProblem {
        return new GitFixture(dir, GitRepository.init(dir));
    }

    GitFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    CommitInfo commitAll(String message) throws GitProblem {
        git.stageAll();
        return git.commit(message, ALICE);
    }

    CommitInfo commitFile(String path, String text, String message) throws GitProblem {
        write(path, text);
        git.stage(List.of(path));
        return git.commit(message, ALICE);
    }

    FileChange change(String path) throws GitProblem {
        return git.status().changes().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + path));
    }
}
