package dev.steward.model.lineage;

/**
 * One kind of artifact adding its nodes and edges to a lineage graph: a dbt manifest, the
 * contracts of a workspace, the semantic layer, OpenLineage events, data products. Contributors
 * run in order, each seeing what the earlier ones added, so one that links to dbt resources by
 * name runs after the manifest. A contributor reports unreadable input as a
 * {@link LineageProblem} through the builder and never throws for bad input.
 *
 * <p>To add an artifact kind, implement this interface and add it to {@code WorkspaceLineage}'s
 * list of further artifact kinds (then every workspace build, in the studio and the CLI, has it),
 * or pass it to {@link WorkspaceLineage#build(java.nio.file.Path, WorkspaceLineage.Sources, java.util.List)}
 * or {@link LineageGraphBuilder#build(java.util.List)}. Link to contracts with
 * {@link LineageAlias#contract(String)}, to dbt resources with {@link LineageAlias#ref(String)} or
 * {@link LineageAlias#relation(String)}.
 */
@FunctionalInterface
public interface LineageContributor {

    void contribute(LineageGraphBuilder builder);
}
