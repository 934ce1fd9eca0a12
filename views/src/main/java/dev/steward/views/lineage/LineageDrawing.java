package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.ViewportAnchor;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lineage canvas draws: the visible subgraph, its layout, and the focus it was computed
 * around (empty for the whole graph); {@code groups} maps the id of each collapsed group's node to the group's
 * name ({@link LineageGrouping}). {@code anchored} says the layout was moved so that a node both
 * drawings share (the focus, the selection, else the one nearest the old view centre) keeps its
 * coordinates: the canvas keeps its viewport instead of fitting, and the user sees no jump. Immutable;
 * made off the FX thread and handed to it.
 */
public record LineageDrawing(LineageGraph graph, GraphLayout layout, Optional<String> focus, Map<String, String> groups,
        boolean anchored) {

    public static final LineageDrawing EMPTY = new LineageDrawing(LineageGraph.empty(), GraphLayout.EMPTY, Optional.empty());

    public LineageDrawing {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(focus, "focus");
        groups = Map.copyOf(groups);
    }

    /** A drawing without collapsed groups, not anchored to a previous one: the canvas fits it to the view. */
    public LineageDrawing(LineageGraph graph, GraphLayout layout, Optional<String> focus) {
        this(graph, layout, focus, Map.of(), false);
    }

    /** This drawing with its layout pinned by {@code anchor}. */
    LineageDrawing pinnedBy(ViewportAnchor anchor) {
        return new LineageDrawing(graph, anchor.pin(layout), focus, groups, true);
    }

    /** The group a drawn node stands for, when it is a collapsed group. */
    public Optional<String> groupOf(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** The kind of a drawn node ({@link NodeKind#OTHER} for an id not in the graph). */
    public NodeKind kind(String id) {
        return graph.node(id).map(LineageNode::kind).orElse(NodeKind.OTHER);
    }

    /** The name a person reads for a drawn node (the id when unknown). */
    public String name(String id) {
        return graph.node(id).map(LineageNode::name).orElse(id);
    }

    public boolean isEmpty() {
        return graph.nodeCount() == 0;
    }
}
