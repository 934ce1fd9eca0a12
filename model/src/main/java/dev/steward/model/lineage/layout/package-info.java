/**
 * Lineage graph layout as coordinates, no JavaFX. A {@link dev.steward.model.lineage.layout.LayoutGraph}
 * (sized nodes, directed edges) goes in, a {@link dev.steward.model.lineage.layout.GraphLayout} (node
 * rectangles, edge routes, bounds) comes out of {@link dev.steward.model.lineage.layout.LayeredLayout}
 * (Eclipse ELK layered, left to right, deterministic, cancellable). To keep graphs readable and fast, show a
 * {@link dev.steward.model.lineage.layout.LineageNeighbourhood} focus (N hops up and down) or a
 * {@link dev.steward.model.lineage.layout.GroupCollapse} overview rather than thousands of nodes, and keep
 * the view still across re-layouts with {@link dev.steward.model.lineage.layout.ViewportAnchor}.
 */
package dev.steward.model.lineage.layout;
