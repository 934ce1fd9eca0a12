package dev.steward.app.cli;

import dev.steward.model.lineage.Lineage;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.LineageProblem;
import dev.steward.model.lineage.NodeLookup;
import dev.steward.model.lineage.WorkspaceLineage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options {@code steward lineage} and {@code steward impact} share (where the lineage comes
 * from), and how both report what they could not read or find.
 */
final class LineageSource {

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "Workspace folder: its contracts, semantic layer and target/manifest.json. Default: the current folder.")
    Path workspace;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A dbt manifest.json to use instead of the workspace's target/manifest.json.")
    Path manifest;

    @Option(names = "--openlineage", paramLabel = "FILE",
            description = "OpenLineage events (a JSON array or JSON lines) to add as observed edges; repeatable.")
    List<Path> openLineage = new ArrayList<>();

    /** The workspace's lineage, or empty after reporting on {@code err} why it cannot be built. */
    Optional<Lineage> load(String command, PrintWriter err) {
        if (!Files.isDirectory(workspace)) {
            err.println("steward " + command + ": no such folder: " + workspace + " (--workspace takes a folder)");
            return Optional.empty();
        }
        WorkspaceLineage.Sources sources = new WorkspaceLineage.Sources(Optional.ofNullable(manifest), openLineage);
        Lineage lineage = WorkspaceLineage.build(workspace, sources);
        List<Path> inputs = new ArrayList<>(openLineage);
        WorkspaceLineage.manifest(workspace, sources).ifPresent(inputs::add);
        boolean failed = false;
        for (LineageProblem p : lineage.problems()) {
            boolean input = p.file().filter(inputs::contains).isPresent();
            failed |= input;
            err.println("steward " + command + ": " + (input ? "" : "warning: ") + p);
        }
        return failed ? Optional.empty() : Optional.of(lineage);
    }

    /** The node {@code query} names, or empty after saying on {@code err} what it could mean. */
    static Optional<LineageNode> find(LineageGraph graph, String query, String command, PrintWriter err) {
        switch (NodeLookup.find(graph, query)) {
            case NodeLookup.Found f -> {
                return Optional.of(f.node());
            }
            case NodeLookup.Ambiguous a -> err.println("steward " + command + ": '" + query + "' names "
                    + a.candidates().size() + " nodes; give one of their ids: " + a.candidates().stream()
                    .map(n -> n.id() + " (" + n.kind().id() + ")").collect(Collectors.joining(", ")));
            case NodeLookup.Unknown u -> err.println("steward " + command + ": no node '" + query + "' in the lineage"
                    + (u.suggestions().isEmpty() ? " (ids look like model.<package>.<name>, contract:<id>/<object>, metric:<name>)"
                    : "; did you mean " + u.suggestions().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?"));
        }
        return Optional.empty();
    }
}
