package dev.steward.model.workspace;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Lints many files as one workspace: reads them (strict UTF-8), parses them in parallel, fills a
 * {@link WorkspaceIndex} with the contracts found so that cross-file rules see every contract,
 * then validates them in parallel. Files that are not Steward artifacts are left alone; files
 * that cannot be read are reported as diagnostics. Semantic-layer files are validated against the
 * other semantic files of their dbt project, so a problem between two files shows on each file it
 * concerns. Data products are validated against the mesh of every product, contract and
 * organisation file of the run, so a mesh rule shows on the product it concerns. Thread-safe;
 * each run uses its own pool.
 */
public final class WorkspaceLinter {

    /** The outcome of one run. {@code files} holds the recognised artifacts, in input order. */
    public record LintRun(List<FileReport> files, List<Diagnostic> readProblems, WorkspaceIndex index,
                          long errors, long warnings) {
        public LintRun {
            files = List.copyOf(files);
            readProblems = List.copyOf(readProblems);
        }

        /** Every diagnostic: read problems first, then each file's in order. */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>(readProblems);
            files.forEach(f -> all.addAll(f.diagnostics()));
            return all;
        }

        /** True when some input could not be read at all (missing, permission, I/O error). */
        public boolean hasUnreadableInput() {
            return readProblems.stream().anyMatch(d -> d.rule().equals(FileTextReader.RULE_MISSING)
                    || d.rule().equals(FileTextReader.RULE_UNREADABLE));
        }
    }

    private final ArtifactLinter linter;
    private final FileTextReader reader;
    private final int parallelism;

    public WorkspaceLinter(ArtifactLinter linter, FileTextReader reader, int parallelism) {
        this.linter = Objects.requireNonNull(linter);
        this.reader = Objects.requireNonNull(reader);
        this.parallelism = Math.max(1, parallelism);
    }

    /** The standard linter, using every available processor. */
    public static WorkspaceLinter standard() {
        return new WorkspaceLinter(ArtifactLinter.standard(), new FileTextReader(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Lints {@code files} as the workspace rooted at {@code root} (may be null) under {@code policy}.
     */
    public LintRun lint(List<Path> files, Path root, ValidationPolicy policy) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            List<Parsed> parsed = inParallel(pool, files, this::readAndParse);
            WorkspaceIndex index = new WorkspaceIndex(root);
            List<ArtifactLinter.Parsed> artifacts = new ArrayList<>();
            List<Diagnostic> readProblems = new ArrayList<>();
            for (Parsed p : parsed) {
                if (p.problem() != null) {
                    readProblems.add(p.problem()); // a file that cannot be read is never graded away
                } else {
                    linter.register(p.artifact(), index); // organisation files feed the mesh, though no artifact
                    if (p.artifact().kind().isPresent()) {
                        artifacts.add(p.artifact());
                    }
                }
            }
            ValidationContext context = new ValidationContext(index, policy);
            List<FileReport> reports = inParallel(pool, artifacts, a -> linter.lint(a, context));
            long errors = count(readProblems, reports, Severity.ERROR);
            long warnings = count(readProblems, reports, Severity.WARNING);
            return new LintRun(reports, readProblems, index, errors, warnings);
        } finally {
            pool.shutdown();
        }
    }

    private record Parsed(ArtifactLinter.Parsed artifact, Diagnostic problem) {
    }

    private Parsed readAndParse(Path file) {
        FileTextReader.Result read = reader.read(file);
        if (!read.ok()) {
            return new Parsed(null, read.problem());
        }
        return new Parsed(linter.parse(file, read.text()), null);
    }

    private static <T, R> List<R> inParallel(ForkJoinPool pool, List<T> items, Function<T, R> work) {
        try {
            return pool.submit(() -> items.parallelStream().map(work).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("workspace lint interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long count(List<Diagnostic> readProblems, List<FileReport> reports, Severity severity) {
        return readProblems.stream().filter(d -> d.severity() == severity).count()
                + reports.stream().mapToLong(r -> r.count(severity)).sum();
    }
}
