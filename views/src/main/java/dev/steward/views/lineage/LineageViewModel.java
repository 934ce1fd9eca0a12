package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageEdge;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.LayeredLayout;
import dev.steward.model.lineage.layout.LayoutGraph;
import dev.steward.model.lineage.layout.LineageNeighbourhood;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.ViewportAnchor;
import dev.steward.views.task.TaskRunner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The state of the lineage graph view: the whole graph, an optional focus node with upstream and
 * downstream depths (dbt's {@code 2+model+2}; {@link #ALL} for every hop), whether tests and seeds are
 * hidden, the grouping and its expanded groups, the search text and its matches, and the selection with
 * its highlighted paths. The visible subgraph and its layout are computed through the {@link TaskRunner},
 * off the FX thread; a result that arrives after a newer request was made is dropped. A new drawing of the
 * same view (same focus, same grouping: a rebuild after a save, other depths) is anchored to the previous
 * one ({@link LineageDrawing#anchored()}), so the canvas keeps its viewport. Toolkit-free: testable with
 * {@code SameThreadTaskRunner}.
 */
public final class LineageViewModel {

    /** Depth meaning every hop. */
    public static final int ALL = LineageNeighbourhood.ALL_HOPS;
    public static final int DEFAULT_DEPTH = 2;
    /** Drawn node height and the width range names are fitted into, in layout pixels. */
    static final double NODE_HEIGHT = 44;
    static final double MIN_WIDTH = 110;
    static final double MAX_WIDTH = 260;

    private final TaskRunner runner;
    private final LayeredLayout layout;

    private final ReadOnlyObjectWrapper<LineageGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph", LineageGraph.empty());
    private final ReadOnlyObjectWrapper<String> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final ReadOnlyIntegerWrapper upstreamDepth = new ReadOnlyIntegerWrapper(this, "upstreamDepth", DEFAULT_DEPTH);
    private final ReadOnlyIntegerWrapper downstreamDepth = new ReadOnlyIntegerWrapper(this, "downstreamDepth", DEFAULT_DEPTH);
    private final ReadOnlyBooleanWrapper hideTests = new ReadOnlyBooleanWrapper(this, "hideTests", true);
    private final ReadOnlyBooleanWrapper hideSeeds = new ReadOnlyBooleanWrapper(this, "hideSeeds", false);
    private final ReadOnlyObjectWrapper<LineageGrouping> grouping = new ReadOnlyObjectWrapper<>(this, "grouping", LineageGrouping.NONE);
    private final Set<String> expanded = new java.util.HashSet<>();
    private Map<String, String> productDomains = Map.of();
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
    private final ReadOnlyListWrapper<LineageNode> matches = new ReadOnlyListWrapper<>(this, "matches", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<LineageDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing", LineageDrawing.EMPTY);
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<PathHighlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", PathHighlight.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private Point viewCentre;
    private boolean fitNext;
    private long generation;
    private TaskRunner.Cancellable pending = () -> { };

    public LineageViewModel(TaskRunner runner) {
        this(runner, new LayeredLayout());
    }

    public LineageViewModel(TaskRunner runner, LayeredLayout layout) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    // ---- inputs ----

    public void setGraph(LineageGraph value) {
        graph.set(Objects.requireNonNull(value, "graph"));
        if (focus.get() != null && !value.contains(focus.get())) {
            focus.set(null);
        }
        recompute();
    }

    /** Shows {@code id} with its upstream and downstream depths; ignored for an id not in the graph. */
    public void focusOn(String id) {
        if (id != null && graph.get().contains(id)) {
            focus.set(id);
            recompute();
        }
    }

    /** Shows the whole graph (no focus). */
    public void showWholeGraph() {
        focus.set(null);
        recompute();
    }

    public void setUpstreamDepth(int hops) {
        upstreamDepth.set(checkDepth(hops));
        recomputeIfFocused();
    }

    public void setDownstreamDepth(int hops) {
        downstreamDepth.set(checkDepth(hops));
        recomputeIfFocused();
    }

    public void setHideTests(boolean value) {
        hideTests.set(value);
        updateMatches();
        recompute();
    }

    /** Hides dbt seeds (reference CSVs), which crowd the left of large projects. */
    public void setHideSeeds(boolean value) {
        hideSeeds.set(value);
        updateMatches();
        recompute();
    }

    /** Folds every group of {@code value} into one node; all groups start collapsed. */
    public void setGrouping(LineageGrouping value) {
        grouping.set(Objects.requireNonNull(value, "grouping"));
        expanded.clear();
        fitNext = true; // another picture of the graph: fit it rather than pin it to the old one
        recompute();
    }

    /** The domain of each data product (product id to domain), for grouping by {@link LineageGrouping#DOMAIN}. */
    public void setProductDomains(Map<String, String> domainOfProduct) {
        productDomains = Map.copyOf(domainOfProduct);
        if (grouping.get() == LineageGrouping.DOMAIN) {
            recompute();
        }
    }

    /** Shows the members of {@code group} again (the group of the focus is always shown). */
    public void expandGroup(String group) {
        if (expanded.add(group)) {
            recompute();
        }
    }

    /** Folds {@code group} back into one node. */
    public void collapseGroup(String group) {
        if (expanded.remove(group)) {
            recompute();
        }
    }

    /** The group a drawn node belongs to or stands for, under the current grouping; empty outside every group. */
    public Optional<String> groupOf(String drawnId) {
        LineageDrawing d = drawing.get();
        return d.groupOf(drawnId).or(() -> d.graph().node(drawnId).flatMap(n -> grouping.get().groupOf(n, productDomains)));
    }

    /** True when {@code drawnId} is a collapsed group's node. */
    public boolean isCollapsedGroup(String drawnId) {
        return drawing.get().groupOf(drawnId).isPresent();
    }

    public void setSearchText(String text) {
        searchText.set(text == null ? "" : text);
        updateMatches();
    }

    /** Selects a drawn node and lights its paths; null or an id not drawn clears the selection. */
    public void select(String id) {
        LineageGraph drawn = drawing.get().graph();
        selected.set(id != null && drawn.contains(id) ? id : null);
        highlight.set(PathHighlight.of(drawn, selected.get()));
    }

    public Optional<LineageNode> selectedNode() {
        return Optional.ofNullable(selected.get()).flatMap(graph.get()::node);
    }

    private static int checkDepth(int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("A depth is a number of hops >= 0 (or ALL), got " + hops);
        }
        return hops;
    }

    private void recomputeIfFocused() {
        if (focus.get() != null) {
            recompute();
        }
    }

    // ---- background layout ----

    /** What one layout run works from: a snapshot of the inputs, safe to hand to another thread. */
    record Request(LineageGraph graph, Optional<String> focus, int up, int down, boolean hideTests, boolean hideSeeds,
            LineageGrouping grouping, Set<String> expanded, Map<String, String> domains) {

        Request {
            expanded = Set.copyOf(expanded);
            domains = Map.copyOf(domains);
        }

        /** The subgraph to draw, its groups folded (the focus' group stays open, so the focus is drawn). */
        LineageGrouping.Grouped visible() {
            LineageGraph base = graph.filter(n -> !(hideTests && n.kind().isTest()) && !(hideSeeds && n.kind() == NodeKind.SEED));
            LineageGraph around = focus.map(f -> base.neighbourhood(f, up, down)).orElse(base);
            Set<String> open = new java.util.HashSet<>(expanded);
            focus.flatMap(around::node).flatMap(n -> grouping.groupOf(n, domains)).ifPresent(open::add);
            return grouping.collapse(around, open, domains);
        }
    }

    private void recompute() {
        long mine = ++generation;
        pending.cancel();
        Request request = new Request(graph.get(), Optional.ofNullable(focus.get()), upstreamDepth.get(),
                downstreamDepth.get(), hideTests.get(), hideSeeds.get(), grouping.get(), expanded, productDomains);
        busy.set(true);
        message.set("");
        pending = runner.run("Laying out lineage", () -> draw(request),
                result -> {
                    if (mine == generation) {
                        apply(request, result);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        busy.set(false);
                        message.set(failure instanceof CancellationException ? ""
                                : "Could not lay out the lineage graph: " + failure.getMessage());
                    }
                });
    }

    private LineageDrawing draw(Request request) {
        LineageGrouping.Grouped grouped = request.visible();
        LineageGraph visible = grouped.graph();
        GraphLayout coordinates = visible.nodeCount() == 0 ? GraphLayout.EMPTY : layout.layout(toLayoutGraph(visible));
        return new LineageDrawing(visible, coordinates, request.focus(), grouped.groups(), false);
    }

    /** One layout node per lineage node, sized to its name; one edge per connected pair. */
    public static LayoutGraph toLayoutGraph(LineageGraph graph) {
        List<LayoutGraph.Node> nodes = new ArrayList<>(graph.nodeCount());
        for (LineageNode n : graph.nodes()) {
            nodes.add(new LayoutGraph.Node(n.id(), nodeWidth(n.name()), NODE_HEIGHT));
        }
        Set<LayoutGraph.Edge> edges = new LinkedHashSet<>();
        for (LineageEdge e : graph.edges()) {
            edges.add(new LayoutGraph.Edge(e.from(), e.to()));
        }
        return new LayoutGraph(nodes, List.copyOf(edges));
    }

    /** Wide enough for the name at about 7 px per character (12 px font), within the width range. */
    static double nodeWidth(String name) {
        return Math.clamp(28 + 7.0 * name.length(), MIN_WIDTH, MAX_WIDTH);
    }

    private void apply(Request request, LineageDrawing result) {
        busy.set(false);
        drawing.set(anchored(drawing.get(), result));
        if (request.focus().isPresent() && result.isEmpty()) {
            boolean seed = request.graph().node(request.focus().get()).map(n -> n.kind() == NodeKind.SEED).orElse(false);
            message.set("'" + request.focus().get() + (seed ? "' is a seed and seeds are hidden; show seeds to see its lineage"
                    : "' is a test and tests are hidden; show tests to see its lineage"));
        }
        select(selected.get());
    }

    /**
     * {@code next} pinned to {@code previous} when it shows the same thing again (same focus, or the whole
     * graph again: a rebuild after a save, other depths, tests shown): the focus, else the selection, else
     * the node nearest the view centre keeps its coordinates. A new focus is not anchored: it is fitted.
     */
    private LineageDrawing anchored(LineageDrawing previous, LineageDrawing next) {
        boolean fit = fitNext;
        fitNext = false;
        if (fit || previous.isEmpty() || next.isEmpty() || !previous.focus().equals(next.focus())) {
            return next;
        }
        List<String> preferred = new ArrayList<>(2);
        next.focus().ifPresent(preferred::add);
        if (selected.get() != null) {
            preferred.add(selected.get());
        }
        Point centre = viewCentre != null ? viewCentre : previous.layout().bounds().center();
        return ViewportAnchor.find(previous.layout(), next.layout(), preferred, centre)
                .map(next::pinnedBy)
                .orElse(next);
    }

    /** Tells the view-model which layout point is in the middle of the view, to anchor the next rebuild there. */
    public void setViewCentre(Point layoutPoint) {
        viewCentre = layoutPoint;
    }

    private void updateMatches() {
        String needle = searchText.get().strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            matches.setAll(List.of());
            return;
        }
        List<LineageNode> found = new ArrayList<>();
        for (LineageNode n : graph.get().nodes()) {
            if (hideTests.get() && n.kind().isTest() || hideSeeds.get() && n.kind() == NodeKind.SEED) {
                continue;
            }
            if (n.name().toLowerCase(Locale.ROOT).contains(needle) || n.id().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(n);
            }
        }
        matches.setAll(found);
    }

    // ---- read-only state ----

    public ReadOnlyObjectProperty<LineageGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** The focus node id; null while the whole graph is shown. */
    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty upstreamDepthProperty() {
        return upstreamDepth.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty downstreamDepthProperty() {
        return downstreamDepth.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hideTestsProperty() {
        return hideTests.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hideSeedsProperty() {
        return hideSeeds.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineageGrouping> groupingProperty() {
        return grouping.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    /** Nodes whose name or id contains the search text (case-insensitive), in graph order; tests left out while hidden. */
    public ReadOnlyListProperty<LineageNode> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The visible subgraph and its layout; replaced when a newer layout finishes. */
    public ReadOnlyObjectProperty<LineageDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The selected node id, or null. */
    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PathHighlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** True while a layout is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the drawing is empty or stale (a failed layout, a hidden focus); empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
