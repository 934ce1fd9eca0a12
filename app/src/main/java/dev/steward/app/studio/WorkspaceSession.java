package dev.steward.app.studio;

import dev.steward.model.baseline.LiveBaseline;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.review.BlastRadius;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.model.workspace.WorkspaceLinter;
import dev.steward.model.workspace.WorkspaceScanner;
import dev.steward.views.problems.ProblemsViewModel;
import dev.steward.views.workspace.WorkspaceEntry;
import dev.steward.views.workspace.WorkspaceTreeViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open workspace: its folder, policy and index of contracts, and the tree and problems that
 * show them. Workspace-wide linting runs in the background; single files are re-linted live by
 * their editors through {@link #lintLive(Path, String)}, which may be called from any thread.
 */
public final class WorkspaceSession {

    /** The result of scanning and linting a whole workspace, handed to the FX thread at once. */
    public record Snapshot(Path root, ValidationPolicy policy, WorkspaceIndex index, List<FileReport> reports,
                           List<Diagnostic> otherProblems) {
    }

    private final ArtifactLinter linter;
    private final WorkspaceTreeViewModel tree;
    private final ProblemsViewModel problems;
    private volatile Path root;
    private volatile ValidationPolicy policy = ValidationPolicy.DEFAULT;
    private volatile WorkspaceIndex index = WorkspaceIndex.empty();
    private volatile List<Path> artifacts = List.of();
    private volatile Optional<LiveBaseline> baseline = Optional.empty();

    /** The workspace's lineage as saved, for what a breaking change reaches; built on first need, dropped on save. */
    private volatile BlastRadius radius;

    public WorkspaceSession(ArtifactLinter linter, WorkspaceTreeViewModel tree, ProblemsViewModel problems) {
        this.linter = linter;
        this.tree = tree;
        this.problems = problems;
    }

    /**
     * Scans and lints a workspace folder, each file also against its committed version (breaking
     * changes, version discipline) when the folder is in Git; runs in the background.
     */
    public Snapshot load(Path folder) {
        Path r = folder.toAbsolutePath().normalize();
        PolicyFile.Loaded loaded = PolicyFile.load(r);
        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(List.of(r));
        WorkspaceLinter.LintRun run = new WorkspaceLinter(linter, new dev.steward.model.workspace.FileTextReader(),
                Runtime.getRuntime().availableProcessors()).lint(scan.files(), r, loaded.policy());
        List<Diagnostic> other = new ArrayList<>(loaded.problems());
        other.addAll(run.readProblems());
        baseline.ifPresent(LiveBaseline::close);
        radius = null;
        baseline = LiveBaseline.open(r, SemanticDiffEngine.standard(), node -> radius(r).reached(node));
        List<FileReport> reports = run.files().stream().map(f -> withBaseline(f, loaded.policy())).toList();
        return new Snapshot(r, loaded.policy(), run.index(), reports, other);
    }

    private synchronized BlastRadius radius(Path workspace) {
        BlastRadius current = radius;
        if (current == null) {
            current = BlastRadius.of(workspace);
            radius = current;
        }
        return current;
    }

    /** Lets go of the repository the committed versions are read from (the window is closing). */
    public void close() {
        baseline.ifPresent(LiveBaseline::close);
        baseline = Optional.empty();
        radius = null;
    }

    /** A file was saved: what breaking changes reach is read again from the saved workspace when next needed. */
    public void saved(Path file) {
        radius = null;
    }

    private FileReport withBaseline(FileReport report, ValidationPolicy withPolicy) {
        return baseline.map(b -> b.addTo(report, withPolicy)).orElse(report);
    }

    /** Shows a loaded workspace; on the FX thread. */
    public void show(Snapshot snapshot) {
        root = snapshot.root();
        policy = snapshot.policy();
        index = snapshot.index();
        artifacts = snapshot.reports().stream().map(FileReport::path).toList();
        tree.setWorkspaceName(root.getFileName() == null ? root.toString() : root.getFileName().toString());
        problems.setRoot(root);
        List<WorkspaceEntry> entries = new ArrayList<>();
        Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (FileReport report : snapshot.reports()) {
            entries.add(entry(report));
            byFile.put(report.path(), report.diagnostics());
        }
        for (Diagnostic d : snapshot.otherProblems()) {
            if (d.path() != null) {
                byFile.merge(d.path(), List.of(d), (a, b) -> {
                    List<Diagnostic> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        }
        tree.setEntries(entries);
        problems.setAll(byFile);
    }

    /** Lints one buffer as part of this workspace and updates the index; any thread. */
    public FileReport lintLive(Path path, String text) {
        FileReport report = withBaseline(linter.lint(path, text, new ValidationContext(index, policy)), policy);
        WorkspaceIndex current = index;
        report.summary().ifPresentOrElse(current::put, () -> current.remove(path));
        return report;
    }

    /** Publishes a live lint result to the tree and the problems panel; on the FX thread. */
    public void publish(FileReport report) {
        problems.setDiagnostics(report.path(), report.diagnostics());
        if (report.kind().isPresent() || tree.entry(report.path()).isPresent()) {
            tree.update(entry(report));
        }
    }

    /**
     * Re-lints, from disk, every artifact of the workspace except {@code skip} (the open documents,
     * which validate themselves), against the current index, so that a saved change shows at once
     * which other contracts it breaks. Runs in the background; returns the reports to publish.
     */
    public List<FileReport> relintFromDisk(java.util.Set<Path> skip) {
        ValidationContext context = new ValidationContext(index, policy);
        dev.steward.model.workspace.FileTextReader reader = new dev.steward.model.workspace.FileTextReader();
        return artifacts.parallelStream()
                .filter(p -> !skip.contains(p.toAbsolutePath().normalize()))
                .map(reader::read)
                .filter(dev.steward.model.workspace.FileTextReader.Result::ok)
                .map(r -> withBaseline(linter.lint(r.path(), r.text(), context), policy))
                .toList();
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    public ValidationPolicy policy() {
        return policy;
    }

    public WorkspaceIndex index() {
        return index;
    }

    public ArtifactLinter linter() {
        return linter;
    }

    private WorkspaceEntry entry(FileReport report) {
        Path path = report.path();
        List<Diagnostic> diagnostics = report.diagnostics();
        Optional<dev.steward.model.artifact.ArtifactKind> kind = report.kind();
        String title = dev.steward.views.workspace.EntryTitle.of(report);
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        String rel = root != null && path.toAbsolutePath().normalize().startsWith(root)
                ? root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/')
                : path.toString();
        return new WorkspaceEntry(path.toAbsolutePath().normalize(), rel, kind, title, errors, warnings);
    }
}
