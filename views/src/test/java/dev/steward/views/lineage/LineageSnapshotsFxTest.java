package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageGraphBuilder;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.WorkspaceLineage;
import dev.steward.views.testing.Fx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The lineage view on real inputs, as a user first sees it: the sample workspace focused on its first contract,
 * and the largest dbt manifest of the corpus (the Tuva project) whole and around one model. Writes PNGs under
 * {@code views/target/snapshots} to look at, and checks what makes them readable: names shown at first sight
 * for a focus, no node drawn over another.
 */
class LineageSnapshotsFxTest extends LineageFxFixture {

    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    static final Path SAMPLE = Path.of("../resources/src/main/resources/dev/steward/resources/sample");
    /** The shared corpus's largest manifest, found next to the clone (../shared) or any folder above; may be absent. */
    static final Path TUVA = tuva();

    private static Path tuva() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve("shared/corpus/lineage/tuva/manifest.json");
            if (Files.isRegularFile(manifest)) {
                return manifest;
            }
        }
        return Path.of("../../shared/corpus/lineage/tuva/manifest.json");
    }

    @Test
    void sampleWorkspaceFocusedOnItsFirstContractShowsNames() throws Exception {
        LineageGraph graph = WorkspaceLineage.build(SAMPLE, WorkspaceLineage.Sources.workspaceOnly()).graph();
        String contract = graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONTRACT).findFirst().orElseThrow().id();
        show(graph, 1400, 800);
        focus(contract);
        LineagePainter.Frame frame = Fx.call(() -> view.canvas().redraw());
        assertTrue(frame.labels(), "fitted, a 2-hop focus is drawn with names");
        assertNoOverlap();
        snapshot("lineage-sample-workspace.png");

        java.util.Map<String, String> domains = new java.util.HashMap<>();
        dev.steward.model.mesh.MeshWorkspaceReader.read(SAMPLE).products()
                .forEach(p -> domains.putIfAbsent(p.id(), p.domainKey()));
        Fx.run(() -> {
            view.model().setProductDomains(domains);
            view.model().setGrouping(LineageGrouping.DOMAIN);
            view.model().showWholeGraph();
        });
        awaitLayout();
        LineageDrawing grouped = Fx.call(() -> view.model().drawingProperty().get());
        assertEquals(java.util.Set.copyOf(domains.values()), java.util.Set.copyOf(grouped.groups().values()),
                "one node per domain of the sample's data products");
        assertNoOverlap();
        snapshot("lineage-sample-domains.png");
    }

    @Test
    void tuvaManifestWholeAndFocused() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TUVA), "the corpus manifest " + TUVA.toAbsolutePath() + " is absent");
        LineageGraph graph = LineageGraphBuilder.build(List.of(new dev.steward.model.lineage.DbtManifestContributor(TUVA))).graph();
        show(graph, 1600, 1000);
        LineagePainter.Frame whole = Fx.call(() -> view.canvas().redraw());
        assertEquals(graph.withoutTests().nodeCount(), whole.nodes(), "fitted, every node but the hidden tests is drawn");
        assertNoOverlap();
        LineageNode pointed = graph.withoutTests().nodes().stream().filter(n -> n.kind() == NodeKind.SEED).findFirst().orElseThrow();
        javafx.geometry.Point2D at = Fx.call(() -> {
            var p = view.canvas().nodeCentreOnScreen(pointed.id());
            view.canvas().hover(p.x(), p.y());
            return new javafx.geometry.Point2D(p.x(), p.y());
        });
        assertEquals(pointed.name() + "  ·  Seed", Fx.call(() -> view.canvas().hoverText()),
                "zoomed out, pointing at a node names it");
        Fx.run(() -> view.canvas().hover(2, 2));
        assertEquals("", Fx.call(() -> view.canvas().hoverText()), "pointing at empty space shows no name");
        Fx.run(() -> view.canvas().hover(at.getX(), at.getY()));
        snapshot("lineage-tuva-whole.png");

        String hub = graph.withoutTests().nodes().stream()
                .filter(n -> n.kind() == NodeKind.MODEL)
                .max(Comparator.comparingInt((LineageNode n) -> graph.withoutTests().neighbourhood(n.id(), 2, 2).nodeCount() <= 40
                        ? graph.withoutTests().neighbourhood(n.id(), 2, 2).nodeCount() : 0))
                .orElseThrow().id();
        focus(hub);
        LineagePainter.Frame focused = Fx.call(() -> view.canvas().redraw());
        assertTrue(focused.labels(), "fitted, a 2-hop focus of " + focused.nodes() + " nodes is drawn with names");
        assertNoOverlap();
        assertLabelsTellNodesApart();
        snapshot("lineage-tuva-focus.png");
    }

    void focus(String id) throws InterruptedException {
        Fx.run(() -> view.model().focusOn(id));
        awaitLayout();
    }

    void assertNoOverlap() {
        var nodes = Fx.call(() -> List.copyOf(view.model().drawingProperty().get().layout().nodes().entrySet()));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                var a = nodes.get(i);
                var b = nodes.get(j);
                assertTrue(!a.getValue().overlaps(b.getValue()), a.getKey() + " is drawn over " + b.getKey());
            }
        }
    }

    /** Shortened to their boxes, distinct names still read differently. */
    void assertLabelsTellNodesApart() {
        LineageDrawing drawing = Fx.call(() -> view.model().drawingProperty().get());
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        drawing.layout().nodes().forEach((id, r) -> {
            String name = drawing.name(id);
            String label = String.join("\n", LineagePainter.labelLines(name, r.width() - 18));
            String other = seen.putIfAbsent(label, name);
            assertTrue(other == null || other.equals(name), "'" + name + "' and '" + other + "' both read '" + label + "'");
        });
    }
}
