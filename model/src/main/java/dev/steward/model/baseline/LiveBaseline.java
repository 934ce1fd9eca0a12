package dev.steward.model.baseline;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Live governance for one workspace in a Git repository: adds to a file's lint report the breaking
 * changes of its text against HEAD (see {@link BreakingChangeCheck}), re-graded by the workspace
 * policy. Files without a committed version, and workspaces outside Git, are left as they are.
 * Any thread.
 */
public final class LiveBaseline implements AutoCloseable {
    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt((Diagnostic d) -> d.range().startOffset()).thenComparing(Diagnostic::rule);

    private final HeadBaseline head;
    private final BreakingChangeCheck check;

    private LiveBaseline(HeadBaseline head, BreakingChangeCheck check) {
        this.head = head;
        this.check = check;
    }

    /** The baseline of {@code workspace}'s repository; empty when the workspace is not in Git. */
    public static Optional<LiveBaseline> open(Path workspace, SemanticDiffEngine engine,
            Function<String, List<ImpactedArtifact>> impact) {
        return HeadBaseline.open(workspace).map(h -> new LiveBaseline(h, new BreakingChangeCheck(engine, impact)));
    }

    /** {@code report} with the breaking changes against HEAD added (sorted by position), or as it was. */
    public FileReport addTo(FileReport report, ValidationPolicy policy) {
        if (report.kind().isEmpty()) {
            return report;
        }
        Optional<String> committed = head.committedTextIfChanged(report.path(), report.document().text());
        if (committed.isEmpty()) {
            return report;
        }
        List<Diagnostic> found = policy.apply(check.check(report.path(), committed.get(), report.document()));
        if (found.isEmpty()) {
            return report;
        }
        List<Diagnostic> all = new ArrayList<>(report.diagnostics());
        all.addAll(found);
        all.sort(BY_POSITION);
        return new FileReport(report.path(), report.kind(), report.document(), report.summary(), all);
    }

    @Override
    public void close() {
        head.close();
    }
}
