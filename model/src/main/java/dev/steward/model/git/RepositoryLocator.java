package dev.steward.model.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds and opens the (non-bare) repository containing a folder, searching upward for its root. */
public final class RepositoryLocator {

    private RepositoryLocator() {
    }

    /**
     * The repository holding {@code folder}; the caller closes it.
     *
     * @throws GitProblem {@link GitProblem.Kind#NOT_A_REPOSITORY} when there is none, OTHER when it is bare or unreadable
     */
    public static Repository open(Path folder) throws GitProblem {
        Path start = folder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new GitProblem(GitProblem.Kind.NOT_A_REPOSITORY, "No Git repository in " + start
                    + " or any folder above it. Initialise one here to track changes to this workspace.");
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                throw new GitProblem(GitProblem.Kind.OTHER, "The repository at " + builder.getGitDir()
                        + " is bare (it has no working tree): open a clone of it instead.");
            }
            return repository;
        } catch (IOException e) {
            throw new GitProblem(GitProblem.Kind.OTHER, "Could not open the Git repository at " + builder.getGitDir()
                    + ": " + e.getMessage(), e);
        }
    }
}
