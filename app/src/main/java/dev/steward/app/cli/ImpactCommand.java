package dev.steward.app.cli;

import dev.steward.model.lineage.ImpactAnalysis;
import dev.steward.model.lineage.Lineage;
import dev.steward.model.lineage.LineageExport;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steward impact NODE [--workspace DIR] [--manifest FILE] [--upstream] [--format text|json]}: what a change to
 * NODE can affect, grouped by kind, with one path explaining each.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "List what is downstream of a node (what a change to it can affect), by kind, with one path each.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:bad usage, unreadable manifest or events, unknown node", "3:internal error"})
final class ImpactCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NODE",
            description = "A node id (model.shop.orders, contract:orders/orders/amount, metric:revenue) or a name only one node has.")
    String node;

    @Mixin
    LineageSource source;

    @Option(names = "--upstream", description = "List what the node is made from instead of what it affects.")
    boolean upstream;

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (grouped by kind, one path per node) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Optional<Lineage> lineage = source.load("impact", err);
        LineageGraph graph = lineage.map(l -> l.graph().withoutTests()).orElse(null);
        Optional<LineageNode> focus = graph == null ? Optional.empty() : LineageSource.find(graph, node, "impact", err);
        if (focus.isEmpty()) {
            err.flush();
            return StewardCommand.BAD_INPUT;
        }
        ImpactAnalysis.Impact impact = ImpactAnalysis.of(graph, focus.get().id(),
                upstream ? ImpactAnalysis.Direction.UPSTREAM : ImpactAnalysis.Direction.DOWNSTREAM);
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? LineageExport.json(impact) : text(impact));
        out.flush();
        err.flush();
        return StewardCommand.OK;
    }

    static String text(ImpactAnalysis.Impact impact) {
        LineageNode focus = impact.focus();
        String side = impact.direction() == ImpactAnalysis.Direction.UPSTREAM ? "upstream" : "downstream";
        String subject = focus.id() + " (" + focus.kind().id() + (focus.name().equals(focus.id()) ? "" : " '" + focus.name() + "'") + ")";
        if (impact.isEmpty()) {
            return "Nothing is " + side + " of " + subject + ".\n";
        }
        StringBuilder out = new StringBuilder();
        int n = impact.reached().size();
        out.append(Character.toUpperCase(side.charAt(0))).append(side.substring(1)).append(" of ").append(subject)
                .append(": ").append(n).append(n == 1 ? " node\n" : " nodes\n");
        for (Map.Entry<NodeKind.Category, List<ImpactAnalysis.Reached>> group : impact.byCategory().entrySet()) {
            out.append('\n').append(group.getKey().title()).append(" (").append(group.getValue().size()).append(")\n");
            for (ImpactAnalysis.Reached r : group.getValue()) {
                out.append("  ").append(r.node().id()).append("  [").append(r.node().kind().id()).append("]  ")
                        .append(r.explanation()).append('\n');
            }
        }
        return out.toString();
    }
}
