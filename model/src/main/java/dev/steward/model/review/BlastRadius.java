package dev.steward.model.review;

import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.lineage.ImpactAnalysis;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.WorkspaceLineage;
import dev.steward.model.mesh.MeshWorkspaceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The downstream artifacts each breaking change reaches, read from the lineage of the BASE
 * revision (the consumers that existed before the change): from the change's {@code subject} node
 * (or its nearest existing ancestor: property, parent property, schema object, contract) along the
 * lineage, plus the data products whose output port offers the changed contract. The changed
 * contract's own objects, ports and tests are left out. Each artifact comes with one path and its owners.
 */
public final class BlastRadius {

    private final Path root;
    /** Where files outside {@code root} may come from (the workspace, for a manifest read from disk). */
    private final Optional<Path> workspace;
    private final LineageGraph graph;
    private final OwnerDirectory owners;
    private final Map<String, List<ImpactedArtifact>> byFocus = new ConcurrentHashMap<>();

    private BlastRadius(Path root, Optional<Path> manifest, Optional<Path> workspace) {
        this.root = root;
        this.workspace = workspace;
        WorkspaceLineage.Sources sources = new WorkspaceLineage.Sources(manifest, List.of());
        this.graph = WorkspaceLineage.build(root, sources).graph().withoutTests();
        this.owners = new OwnerDirectory(graph, () -> MeshWorkspaceReader.read(root), WorkspaceLineage.manifest(root, sources));
    }

    /**
     * The blast radius over the workspace at {@code baseRoot} as it is now: its lineage is built here,
     * and product owners are read on first use (so the folder must stay until {@link #apply} returns).
     */
    public static BlastRadius of(Path baseRoot) {
        return new BlastRadius(baseRoot, Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #of(Path)}, with the dbt manifest read from {@code manifest} (a build output Git usually
     * ignores) in {@code workspace}, whose files are then named relative to it.
     */
    static BlastRadius of(Path baseRoot, Optional<Path> manifest, Path workspace) {
        return new BlastRadius(baseRoot, manifest, Optional.of(workspace));
    }

    static boolean needed(DiffReport report) {
        return report.artifacts().stream().flatMap(a -> a.changes().stream()).anyMatch(BlastRadius::concerned);
    }

    /** {@code report} with the blast radius of its breaking changes. */
    DiffReport apply(DiffReport report) {
        BlastRadius radius = this;
        List<ArtifactDiff> artifacts = new ArrayList<>();
        for (ArtifactDiff a : report.artifacts()) {
            artifacts.add(a.withChanges(a.changes().stream()
                    .map(c -> concerned(c) ? c.withImpacted(radius.reached(c.subject().orElseThrow())) : c).toList()));
        }
        return new DiffReport(report.baseLabel(), report.headLabel(), artifacts, report.otherPaths());
    }

    private static boolean concerned(SemanticChange c) {
        return c.isBreaking() && c.subject().isPresent();
    }

    /** What a change to lineage node {@code subject} (or its nearest existing ancestor) reaches downstream, with owners. */
    public List<ImpactedArtifact> reached(String subject) {
        Optional<String> focus = nearestExisting(subject);
        return focus.map(f -> byFocus.computeIfAbsent(f, this::compute)).orElse(List.of());
    }

    /** {@code subject}, else its parents: {@code contract:c/o/a.b} → {@code contract:c/o/a} → {@code contract:c/o} → {@code contract:c}. */
    private Optional<String> nearestExisting(String subject) {
        String id = subject;
        while (!id.isEmpty()) {
            if (graph.contains(id)) {
                return Optional.of(id);
            }
            int slash = id.lastIndexOf('/');
            int dot = id.lastIndexOf('.');
            boolean inPropertyPath = id.indexOf('/') != slash && dot > slash; // a nested property: parent first
            int cut = inPropertyPath ? dot : slash;
            id = cut <= 0 ? "" : id.substring(0, cut);
        }
        return Optional.empty();
    }

    private List<ImpactedArtifact> compute(String focus) {
        String ownContract = focus.startsWith("contract:") && focus.indexOf('/') > 0 ? focus.substring(0, focus.indexOf('/')) : focus;
        Map<String, ImpactedArtifact> out = new LinkedHashMap<>();
        for (ImpactAnalysis.Reached r : ImpactAnalysis.downstream(graph, focus).reached()) {
            LineageNode n = r.node();
            if (n.kind() == NodeKind.PORT || n.id().equals(ownContract) || n.id().startsWith(ownContract + "/")) {
                continue;
            }
            out.put(n.id(), artifact(n, r.explanation()));
        }
        if (graph.contains(ownContract)) {
            for (ImpactAnalysis.Reached r : ImpactAnalysis.upstream(graph, ownContract).reached()) {
                List<LineageNode> path = r.path();
                boolean offers = r.node().kind() == NodeKind.DATA_PRODUCT && path.size() == 3
                        && path.get(1).kind() == NodeKind.PORT;
                if (offers && !out.containsKey(r.node().id())) {
                    out.put(r.node().id(), artifact(r.node(), path.get(2).name() + " is offered by " + r.node().name()
                            + " (output port " + path.get(1).name() + ")"));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private ImpactedArtifact artifact(LineageNode n, String explanation) {
        Optional<String> file = n.file().map(f -> f.isAbsolute() && f.startsWith(root) ? root.relativize(f)
                        : workspace.filter(w -> f.isAbsolute() && f.startsWith(w)).map(w -> w.relativize(f)).orElse(f))
                .map(f -> f.toString().replace('\\', '/'));
        return new ImpactedArtifact(n.id(), n.kind().id(), n.name(), file, explanation, owners.owners(n));
    }
}
