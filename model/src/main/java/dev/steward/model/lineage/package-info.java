/**
 * One lineage graph over everything in a workspace: ODCS contracts with their schema objects and
 * properties, the semantic layer, a dbt {@code manifest.json} (schema v1 to v12) and imported
 * OpenLineage events. Build it in one call with
 * {@link dev.steward.model.lineage.WorkspaceLineage#build(java.nio.file.Path, dev.steward.model.lineage.WorkspaceLineage.Sources)};
 * each artifact kind is a {@link dev.steward.model.lineage.LineageContributor}, so a new kind (data
 * products) plugs in with one class.
 *
 * <p>The graph ({@link dev.steward.model.lineage.LineageGraph}) is immutable. Edges point from
 * upstream to downstream; {@link dev.steward.model.lineage.EdgeKind} says why. Node ids: dbt
 * resources keep their {@code unique_id}; the others follow {@link dev.steward.model.lineage.LineageIds}.
 * Views: {@code withoutTests()}, {@code tableLevel()} (columns folded into tables),
 * {@code neighbourhood(focus, up, down)}. {@link dev.steward.model.lineage.ImpactAnalysis} lists
 * what a node reaches, by category, with one path each; {@link dev.steward.model.lineage.NodeLookup}
 * finds a node by id or name; {@link dev.steward.model.lineage.LineageExport} writes JSON, DOT and
 * Mermaid. No JavaFX here; layout lives in {@code .layout}.
 */
package dev.steward.model.lineage;
