/**
 * The lineage graph view. {@link dev.steward.views.lineage.LineageViewModel} holds the graph, the
 * focus and depths, the hide-tests toggle, the search and the selection, and lays out the visible
 * subgraph off the FX thread (stale results dropped); {@link dev.steward.views.lineage.LineageCanvas}
 * draws the layout on one canvas with viewport culling and zoom-dependent level of detail;
 * {@link dev.steward.views.lineage.LineageView} adds the toolbar, legend and PNG/SVG export.
 * Wiring into the studio is one line: {@code new LineageView(graph, taskRunner)} or
 * {@code LineageView.forWorkspace(root, taskRunner)}.
 */
package dev.steward.views.lineage;
