package dev.steward.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.layout.Point;
import dev.steward.views.task.FxTaskRunner;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Snapshots;
import dev.steward.views.testing.Stages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** Shows the lineage view on real graphs, clicks nodes like a user, and writes snapshots under target/snapshots. */
class LineageViewFxTest extends LineageFxFixture {

    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    static final String FCT_ORDERS = "model.shop.fct_orders";
    static final String SEMANTIC = "semantic_model.orders";

    Point2D onScreen(String id) {
        return Fx.call(() -> {
            Point p = view.canvas().nodeCentreOnScreen(id);
            return view.canvas().localToScreen(p.x(), p.y());
        });
    }

    @Test
    void clickSelectsNodeAndLightsItsPaths(FxRobot robot) throws Exception {
        show(LineageFixtures.sample(), 1200, 520);
        List<LineageNode> opened = new ArrayList<>();
        Fx.run(() -> view.setOnOpenDefinition(opened::add));

        robot.moveTo(onScreen(SEMANTIC)).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("the semantic model is selected", () -> SEMANTIC.equals(view.model().selectedProperty().get()));
        PathHighlight h = Fx.call(() -> view.model().highlightProperty().get());
        assertTrue(h.upstream().contains(FCT_ORDERS) && h.upstream().contains("source.shop.raw.orders"), h.toString());
        assertTrue(h.downstream().contains("metric.revenue"), h.toString());
        assertFalse(h.lights("model.shop.dim_customers"));
        snapshot(Snapshots.directory().resolve("lineage-sample-selected.png"));

        robot.moveTo(onScreen(FCT_ORDERS)).doubleClickOn(MouseButton.PRIMARY);
        Fx.waitUntil("fct_orders is opened", () -> !opened.isEmpty());
        assertEquals(FCT_ORDERS, opened.getFirst().id());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        Fx.waitUntil("Escape clears the selection", () -> view.model().selectedProperty().get() == null);
        robot.moveTo(onScreen(SEMANTIC)).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("the semantic model is selected again", () -> SEMANTIC.equals(view.model().selectedProperty().get()));
        Point2D empty = Fx.call(() -> view.canvas().localToScreen(4, 4));
        robot.moveTo(empty).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("clicking empty space clears the selection", () -> view.model().selectedProperty().get() == null);
        snapshot(Snapshots.directory().resolve("lineage-sample.png"));

        Path svg = Fx.call(() -> {
            view.model().select(FCT_ORDERS);
            return view.exportSvg(Snapshots.directory().resolve("lineage-sample.svg"));
        });
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.trim().endsWith("</svg>"));
        assertTrue(text.contains("data-id=\"metric.revenue\"") && text.contains(">fct_orders</text>"), text);
        assertEquals(14, text.split("<g data-id=").length - 1, "one group per drawn node");
        assertTrue(text.contains("marker-end=\"url(#arrow-lit)\""), "the selection's paths are highlighted");
        Path png = Fx.call(() -> view.exportPng(Snapshots.directory().resolve("lineage-sample-export.png")));
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void workspaceViewReadsContractsOffTheFxThread(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Files.writeString(root.resolve("orders.odcs.yaml"), """
                apiVersion: v3.1.0
                kind: DataContract
                id: orders
                name: Orders
                version: 1.0.0
                status: active
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                """);
        Fx.run(() -> {
            view = LineageView.forWorkspace(root, new FxTaskRunner(executor));
            Stages.show(stage, view, 900, 400);
        });
        Fx.waitUntil("the workspace lineage is drawn", () -> !view.model().busyProperty().get()
                && view.model().drawingProperty().get().graph().nodes().stream().anyMatch(n -> n.name().equals("Orders")));
        LineageGraph drawn = Fx.call(() -> view.model().drawingProperty().get().graph());
        assertTrue(drawn.nodes().stream().anyMatch(n -> n.kind() == dev.steward.model.lineage.NodeKind.SCHEMA_OBJECT), drawn.nodes().toString());
        snapshot(Snapshots.directory().resolve("lineage-workspace.png"));
    }

    @Test
    void emptyFrameTiming() throws Exception {
        show(LineageFixtures.sample(), 1400, 800);
        Fx.run(() -> view.canvas().centreOn("source.shop.raw.orders", 0.1));
        Fx.run(() -> view.canvas().zoom(0.001)); // far out: nothing much to draw, the snapshot's own cost
        System.out.println(timing("baseline, 14 nodes far out"));
    }

    @Test
    void darkThemeRedrawsWithDarkColours() throws Exception {
        show(LineageFixtures.sample(), 1200, 520);
        assertTrue(Fx.call(() -> view.canvas().palette().background().getBrightness() > 0.9));
        Fx.run(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            view.model().select(FCT_ORDERS);
        });
        assertTrue(Fx.call(() -> view.canvas().palette().background().getBrightness() < 0.3),
                "the canvas reads the dark theme's background");
        snapshot(Snapshots.directory().resolve("lineage-sample-dark.png"));
    }

    @Test
    void twoThousandNodesCullAndDropLabelsWhenZoomedOut() throws Exception {
        LineageGraph graph = LineageFixtures.generated(2_000);
        show(graph, 1400, 800);
        LineagePainter.Frame whole = Fx.call(() -> view.canvas().redraw());
        assertEquals(2_000, whole.nodes(), () -> "fitted, every node is drawn; bounds "
                + Fx.call(() -> view.model().drawingProperty().get().layout().bounds() + " scale " + view.canvas().scale()
                + " size " + view.canvas().getWidth() + "x" + view.canvas().getHeight()));
        assertFalse(whole.labels(), "fitted, 2,000 nodes are too small for labels");
        System.out.println(timing("whole graph (fit, scale " + Fx.call(() -> view.canvas().scale()) + ")"));
        snapshot(Snapshots.directory().resolve("lineage-2000-whole.png"));

        String hub = graph.nodes().get(graph.nodeCount() / 2).id();
        Fx.run(() -> view.canvas().centreOn(hub, 0.2));
        LineagePainter.Frame boxes = Fx.call(() -> view.canvas().redraw());
        assertFalse(boxes.labels());
        System.out.println(timing("mid zoom, boxes without labels (scale 0.2, " + boxes.nodes() + " nodes, " + boxes.edges() + " edges)"));
        snapshot(Snapshots.directory().resolve("lineage-2000-boxes.png"));

        Fx.run(() -> {
            view.canvas().centreOn(hub, 1.0);
            view.model().select(hub);
        });
        LineagePainter.Frame zoomed = Fx.call(() -> view.canvas().redraw());
        assertTrue(zoomed.labels());
        assertTrue(zoomed.nodes() > 0 && zoomed.nodes() < 200, "zoomed in, only the nodes in view are drawn: " + zoomed);
        System.out.println(timing("zoomed viewport (scale 1, " + zoomed.nodes() + " nodes, " + zoomed.edges() + " edges)"));
        snapshot(Snapshots.directory().resolve("lineage-2000-zoomed.png"));

        Fx.run(() -> view.model().focusOn(hub)); // 2+hub+2, as the studio would open it
        Fx.waitUntil("the focus is laid out", () -> !view.model().busyProperty().get()
                && view.model().drawingProperty().get().focus().isPresent());
        int focused = Fx.call(() -> view.model().drawingProperty().get().graph().nodeCount());
        assertTrue(focused > 1 && focused < 2_000, "the focus shows a neighbourhood: " + focused);
        assertEquals(hub, Fx.call(() -> view.model().selectedProperty().get()), "the selection survives the relayout");
        snapshot(Snapshots.directory().resolve("lineage-2000-focus.png"));
    }

    @Test
    void packagesCollapseExpandFromTheMenuAndTheOverviewMovesTheView(FxRobot robot) throws Exception {
        LineageGraph graph = LineageFixtures.generated(1_500);
        show(graph, 1400, 800);
        assertFalse(Fx.call(() -> view.canvas().minimap().isVisible()), "fitted, the whole drawing is in view: no overview");

        Fx.run(() -> view.model().setGrouping(LineageGrouping.DBT_PACKAGE));
        Fx.waitUntil("packages are collapsed", () -> !view.model().busyProperty().get()
                && !view.model().drawingProperty().get().groups().isEmpty());
        LineageDrawing packages = Fx.call(() -> view.model().drawingProperty().get());
        assertEquals(packages.groups().size(), packages.graph().nodeCount());
        LineagePainter.Frame frame = Fx.call(() -> view.canvas().redraw());
        assertTrue(frame.labels(), "a handful of packages is drawn with names");
        snapshot(Snapshots.directory().resolve("lineage-1500-packages.png"));

        String group = packages.groups().keySet().iterator().next();
        String name = packages.groups().get(group);
        assertEquals(List.of("Expand " + name), Fx.call(() -> view.canvas().menuFor(group)));
        robot.moveTo(onScreen(group)).doubleClickOn(MouseButton.PRIMARY);
        Fx.waitUntil("the package is expanded", () -> !view.model().busyProperty().get()
                && !view.model().drawingProperty().get().groups().containsValue(name));
        String member = Fx.call(() -> view.model().drawingProperty().get().graph().nodes().stream()
                .filter(n -> view.model().groupOf(n.id()).map(name::equals).orElse(false)
                        && !view.model().isCollapsedGroup(n.id()))
                .findFirst().orElseThrow().id());
        assertEquals(List.of("Focus here", "Collapse " + name), Fx.call(() -> view.canvas().menuFor(member)));
        snapshot(Snapshots.directory().resolve("lineage-1500-package-expanded.png"));

        Fx.run(() -> view.canvas().centreOn(member, 1.0));
        assertTrue(Fx.call(() -> view.canvas().minimap().isVisible()), "zoomed in, the overview shows where the view is");
        snapshot(Snapshots.directory().resolve("lineage-1500-minimap.png"));
        Point2D corner = Fx.call(() -> view.canvas().minimap().localToScreen(6, 6));
        robot.moveTo(corner).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        Point centre = Fx.call(() -> view.canvas().minimap().shown().center());
        Point pressed = Fx.call(() -> view.canvas().minimap().toOverview(centre));
        assertEquals(6, pressed.x(), 1.5, "the view is centred where the overview was pressed");
        assertEquals(6, pressed.y(), 1.5);
    }

    /** Median time to issue one frame's drawing commands, and to issue and render it (through a snapshot). */
    String timing(String what) {
        return Fx.call(() -> {
            double[] issue = new double[7];
            double[] render = new double[5];
            for (int i = 0; i < issue.length; i++) {
                long t = System.nanoTime();
                view.canvas().redraw();
                issue[i] = (System.nanoTime() - t) / 1e6;
            }
            for (int i = 0; i < render.length; i++) {
                long t = System.nanoTime();
                view.canvas().snapshotView();
                render[i] = (System.nanoTime() - t) / 1e6;
            }
            java.util.Arrays.sort(issue);
            java.util.Arrays.sort(render);
            return String.format(Locale.ROOT, "FRAME %s: draw commands %.1f ms, draw + render (snapshot) %.1f ms (medians)",
                    what, issue[issue.length / 2], render[render.length / 2]);
        });
    }

    @Test
    void aRebuildAfterASaveKeepsTheViewportAndTheFocusInPlace() throws Exception {
        show(LineageFixtures.sample(), 1200, 600);
        Fx.run(() -> view.model().focusOn(FCT_ORDERS));
        awaitLayout();
        Fx.run(() -> {
            view.canvas().zoom(1.4); // the user zooms and pans; the rebuild must not undo it
            view.canvas().centreOn(FCT_ORDERS, view.canvas().scale());
        });
        Point before = Fx.call(() -> view.canvas().nodeCentreOnScreen(FCT_ORDERS));
        double scale = Fx.call(() -> view.canvas().scale());

        LineageGraph grown = LineageFixtures.withUpstreamSource(LineageFixtures.sample(), "source.shop.raw.refunds",
                "model.shop.stg_payments");
        Fx.run(() -> view.model().setGraph(grown));
        Fx.waitUntil("the rebuilt graph is drawn", () -> !view.model().busyProperty().get()
                && view.model().drawingProperty().get().graph().contains("source.shop.raw.refunds"));
        Point after = Fx.call(() -> view.canvas().nodeCentreOnScreen(FCT_ORDERS));
        assertEquals(scale, Fx.call(() -> view.canvas().scale()), 1e-9, "the zoom is kept");
        assertEquals(before.x(), after.x(), 0.5, "fct_orders stays where the user saw it");
        assertEquals(before.y(), after.y(), 0.5);

        Fx.run(() -> view.model().focusOn(SEMANTIC));
        Fx.waitUntil("the new focus is drawn", () -> !view.model().busyProperty().get()
                && view.model().drawingProperty().get().focus().map(SEMANTIC::equals).orElse(false));
        Fx.waitUntil("a new focus is fitted", () -> Math.abs(view.canvas().scale() - scale) > 1e-6);
    }
}
