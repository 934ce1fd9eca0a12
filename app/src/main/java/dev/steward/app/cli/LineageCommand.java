package dev.steward.app.cli;

import dev.steward.model.lineage.Lineage;
import dev.steward.model.lineage.LineageExport;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steward lineage [--workspace DIR] [--manifest FILE] [--format json|dot|mermaid]
 * [--focus NODE --up N --down N] [--tests] [--columns]}: prints the workspace's lineage graph.
 */
@Command(name = "lineage", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = {"Print the lineage graph of a workspace: data contracts, the semantic layer, the dbt manifest "
                + "and imported OpenLineage events.",
                "Node ids: dbt resources keep their unique_id (model.jaffle_shop.orders); contract:<id>, "
                        + "contract:<id>/<object>, contract:<id>/<object>/<property>; semantic_model:<name>, metric:<name>, "
                        + "saved_query:<name>; dataset:<namespace>:<name>, job:<namespace>:<name>."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, unreadable manifest or events, unknown focus node", "3:internal error"})
final class LineageCommand implements Callable<Integer> {

    enum Format { json, dot, mermaid }

    @Mixin
    LineageSource source;

    @Option(names = "--format", paramLabel = "json|dot|mermaid", defaultValue = "json",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--focus", paramLabel = "NODE", description = "Only the neighbourhood of this node (an id, or a name only one node has).")
    String focus;

    @Option(names = "--up", paramLabel = "N", defaultValue = "1", description = "With --focus: hops upstream. Default: ${DEFAULT-VALUE}.")
    int up;

    @Option(names = "--down", paramLabel = "N", defaultValue = "1", description = "With --focus: hops downstream. Default: ${DEFAULT-VALUE}.")
    int down;

    @Option(names = "--tests", description = "Include dbt data tests and unit tests (left out by default).")
    boolean tests;

    @Option(names = "--columns", description = "Include contract properties and observed columns as nodes "
            + "(by default their edges are drawn between their tables; a focus on a property includes them).")
    boolean columns;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (up < 0 || down < 0) {
            err.println("steward lineage: --up and --down take a number of hops, 0 or more");
            err.flush();
            return StewardCommand.BAD_INPUT;
        }
        Optional<Lineage> lineage = source.load("lineage", err);
        if (lineage.isEmpty()) {
            err.flush();
            return StewardCommand.BAD_INPUT;
        }
        LineageGraph graph = tests ? lineage.get().graph() : lineage.get().graph().withoutTests();
        if (focus != null) {
            Optional<LineageNode> node = LineageSource.find(graph, focus, "lineage", err);
            if (node.isEmpty()) {
                err.flush();
                return StewardCommand.BAD_INPUT;
            }
            graph = (columns || node.get().kind().isField() ? graph : graph.tableLevel())
                    .neighbourhood(node.get().id(), up, down);
        } else if (!columns) {
            graph = graph.tableLevel();
        }
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> LineageExport.json(graph);
            case dot -> LineageExport.dot(graph);
            case mermaid -> LineageExport.mermaid(graph);
        });
        out.flush();
        err.flush();
        return StewardCommand.OK;
    }
}
