/**
 * The lineage graph view. {@link dev.steward.views.lineage.LineageViewModel} holds the graph, the
 * focus and depths, the hide-tests and hide-seeds toggles, the grouping ({@link dev.steward.views.lineage.LineageGrouping}:
 * dbt packages or data products collapsed into one node each), the search and the selection, and lays out the
 * visible subgraph off the FX thread (stale results dropped; a rebuild of the same view is anchored so nothing
 * jumps); {@link dev.steward.views.lineage.LineageCanvas} draws the layout on one canvas with viewport culling and
 * zoom-dependent level of detail (edges, and nodes when zoomed out, rasterised by
 * {@link dev.steward.views.lineage.LineageRaster}), an overview minimap and a hover label;
 * {@link dev.steward.views.lineage.LineageView} adds the toolbar, legend and PNG/SVG export.
 * Wiring into the studio is one line: {@code new LineageView(graph, taskRunner)} or
 * {@code LineageView.forWorkspace(root, taskRunner)}.
 */
package dev.steward.views.lineage;
