package dev.steward.app.cli;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitProblem;
import dev.steward.model.review.ReviewRange;
import dev.steward.model.review.Revision;
import dev.steward.model.review.WorkspaceReview;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code steward diff}, {@code breaking} and {@code changelog} share: which workspace, which two revisions. */
final class RevisionOptions {

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Workspace folder inside a Git repository. Default: the current folder.")
    Path workspace;

    @Option(names = "--base", paramLabel = "REV", required = true,
            description = "The revision to compare from: a branch, tag, commit id or expression such as HEAD~1.")
    String base;

    @Option(names = "--head", paramLabel = "REV",
            description = "The revision to compare to. Without it, the working tree (uncommitted and untracked files).")
    String head;

    /**
     * Runs {@code command}: the diff written by {@code writer} on standard output; exit 1 when
     * {@code failing} holds for it, 0 otherwise, 2 (one line on standard error) when it cannot be made.
     */
    int print(CommandLine.Model.CommandSpec spec, String command, boolean withImpact, Function<DiffReport, String> writer,
              Predicate<DiffReport> failing) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<DiffReport> report = diff(command, err, withImpact);
        err.flush();
        if (report.isEmpty()) {
            return StewardCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(writer.apply(report.get()));
        out.flush();
        return failing.test(report.get()) ? StewardCommand.FOUND_ERRORS : StewardCommand.OK;
    }

    /** The diff, or empty after saying on {@code err} why it could not be made. */
    Optional<DiffReport> diff(String command, PrintWriter err, boolean withImpact) {
        if (!Files.isDirectory(workspace)) {
            err.println("steward " + command + ": no such folder: " + workspace + " (--workspace takes a folder)");
            return Optional.empty();
        }
        if (base.isBlank() || head != null && head.isBlank()) {
            err.println("steward " + command + ": --base and --head take a revision (branch, tag, commit), not an empty value");
            return Optional.empty();
        }
        try (WorkspaceReview review = WorkspaceReview.open(workspace)) {
            ReviewRange range = new ReviewRange(Revision.of(base), head == null ? Revision.workingTree() : Revision.of(head));
            return Optional.of(review.diff(range, withImpact));
        } catch (GitProblem problem) {
            err.println("steward " + command + ": " + problem.getMessage());
            return Optional.empty();
        }
    }
}
