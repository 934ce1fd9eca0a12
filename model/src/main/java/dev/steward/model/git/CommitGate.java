package dev.steward.model.git;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pre-commit check: the staged contracts with ERROR diagnostics, linted from their INDEX
 * content (what would be committed, not what is in the editor or the working tree). Empty when the
 * workspace policy does not block commits on errors. Files that are not contracts pass.
 */
public final class CommitGate {

    /** Where the gate reads the staged text of a path; {@link GitRepository#readStaged} in the studio. */
    @FunctionalInterface
    public interface StagedContent {
        Optional<String> read(String path) throws GitProblem;
    }

    private final ArtifactLinter linter;
    private final ValidationContext context;

    public CommitGate(ArtifactLinter linter, ValidationContext context) {
        this.linter = linter;
        this.context = context;
    }

    /** What the gate checked and what it found; pass {@link #checkedPaths()} to {@link GitRepository#commit(String, Identity, List)}. */
    public record Verdict(List<String> checkedPaths, List<CommitBlocker> blockers) {
        public Verdict {
            checkedPaths = List.copyOf(checkedPaths);
            blockers = List.copyOf(blockers);
        }

        public boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    /** Checks what {@code repository} has staged. */
    public Verdict check(GitRepository repository) throws GitProblem {
        List<String> staged = repository.stagedPaths();
        return new Verdict(staged, check(repository.root(), staged, repository::readStaged));
    }

    /**
     * Checks {@code stagedPaths} (repository-relative); deleted files (no staged content) pass.
     *
     * @param root the repository root, to give diagnostics absolute paths as the rest of the studio does
     */
    public List<CommitBlocker> check(Path root, List<String> stagedPaths, StagedContent staged) throws GitProblem {
        if (!context.policy().blockCommitOnErrors()) {
            return List.of();
        }
        List<CommitBlocker> blockers = new ArrayList<>();
        for (String path : stagedPaths) {
            Optional<String> text = staged.read(path);
            if (text.isEmpty() || !linter.recognises(text.get())) {
                continue;
            }
            List<Diagnostic> errors = linter.lint(root.resolve(path), text.get(), context).diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            if (!errors.isEmpty()) {
                blockers.add(new CommitBlocker(path, errors));
            }
        }
        return blockers;
    }
}
