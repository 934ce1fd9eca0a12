package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.ViewportAnchor;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lineage canvas draws: the visible subgraph, its layout, and the focus it was computed
 * around (empty for the whole graph). {@code anchored} says the layout was moved so that a node both
 * drawings share (the focus, the selection, else the one nearest the old view centre) keeps its
 * coordinates: the canvas keeps its viewport instead of fitting, and the user sees no jump. Immutable;
 * made off the FX thread and handed to it.
 */
public record LineageDrawing(LineageGraph graph, GraphLayout layout, Optional<String> focus, boolean anchored) {

    public static final LineageDrawing EMPTY = new LineageDrawing(LineageGraph.empty(), GraphLayout.EMPTY, Optional.empty());

    public LineageDrawing {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(focus, "focus");
    }

    /** A drawing not anchored to a previous one: the canvas fits it to the view. */
    public LineageDrawing(LineageGraph graph, GraphLayout layout, Optional<String> focus) {
        this(graph, layout, focus, false);
    }

    /** This drawing with its layout pinned by {@code anchor}. */
    LineageDrawing pinnedBy(ViewportAnchor anchor) {
        return new LineageDrawing(graph, anchor.pin(layout), focus, true);
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
