package dev.steward.model.review;

import dev.steward.model.git.Identity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real Git repository in a temporary folder, driven with plain JGit as a user's other tools would. */
final class ReviewRepo implements AutoCloseable {

    static final Identity ALICE = new Identity("Alice Example", "alice@example.org");
    static final Identity BOB = new Identity("Bob Example", "bob@example.org");

    final Path root;
    final Git git;

    private ReviewRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    static ReviewRepo init(Path dir) throws GitAPIException {
        return new ReviewRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    ReviewRepo write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReviewRepo delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    RevCommit commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent(ALICE.name(), ALICE.email());
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    ReviewRepo branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
        return this;
    }

    ReviewRepo checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    WorkspaceReview review() throws dev.steward.model.git.GitProblem {
        return WorkspaceReview.open(root, TinyContractDiffer.engine());
    }

    @Override
    public void close() {
        git.close();
    }
}
