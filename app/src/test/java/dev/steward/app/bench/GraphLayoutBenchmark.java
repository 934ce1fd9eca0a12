package dev.steward.app.bench;

import dev.steward.model.bench.DbtProjectGenerator;
import dev.steward.model.bench.GeneratedDbtProject;
import dev.steward.model.bench.GraphFile;
import dev.steward.model.lineage.DbtManifest;
import dev.steward.model.lineage.DbtManifestContributor;
import dev.steward.model.lineage.DbtManifestReader;
import dev.steward.model.lineage.EdgeKind;
import dev.steward.model.lineage.LineageContributor;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageGraphBuilder;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.GroupCollapse;
import dev.steward.model.lineage.layout.LayeredLayout;
import dev.steward.model.lineage.layout.LayoutGraph;
import dev.steward.model.lineage.layout.LayoutOptions;
import dev.steward.model.lineage.layout.LayoutOptions.EdgeStyle;
import dev.steward.model.lineage.layout.LayoutOptions.NodePlacement;
import dev.steward.model.lineage.layout.LineageNeighbourhood;
import dev.steward.views.lineage.LineageViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The lineage graph benchmark: for generated dbt projects (default 1,000, 5,000 and 10,000 resources, written
 * as manifest.json and read back), existing manifests and plain graph files, prints medians of manifest parse,
 * graph build, ELK layout of the whole graph and of a 2-hop focus of about 200 nodes, and one frame of the
 * lineage canvas (whole graph fitted, and zoomed in; see {@link LineageFrameBench} for what is timed), then
 * one table. Wall-clock and thread CPU time are both printed for layouts: on a shared machine the CPU time
 * is what the algorithm costs, the wall time what a user waited. Asserts nothing.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl app -am verify -DskipTests -Dbench.args="graph [options]"} with options
 * {@code --sizes 1000,5000,10000 --manifest FILE --graph FILE (both repeatable) --runs N --hops N --focus-size N
 * --write DIR --sweep}.
 * {@code --sweep} also compares layout options (time, crossings, bends, area, movement after a small change).
 */
public final class GraphLayoutBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GraphLayoutBenchmark() {
    }

    /** One line of the closing table: medians in milliseconds (NaN: not measured for this input). */
    private record Row(String input, int nodes, int edges, double parseMs, double buildMs, double wholeWallMs,
            double wholeCpuMs, int focusNodes, double focusWallMs, double focusCpuMs, double frameWholeMs,
            double frameZoomedMs, double paintWholeMs, double paintZoomedMs, double cpuWholeMs, double cpuZoomedMs) {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        System.out.printf(Locale.ROOT, "Graph layout benchmark — %d cores, load average %.1f, Java %s, max heap %d MB, prism %s%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("prism.order", "default"));
        KeystrokeBenchmark.startToolkit();
        LineageFrameBench frames = new LineageFrameBench();
        List<Row> rows = new ArrayList<>();
        Path tmp = Files.createTempDirectory("steward-graph-bench");
        for (int size : o.sizes) {
            DbtProjectGenerator generator = new DbtProjectGenerator();
            GeneratedDbtProject project = generator.generate(size);
            GeneratedDbtProject tested = generator.withDataTests(project); // the manifest has tests; the view hides them
            Path manifest = (o.write != null ? o.write : tmp).resolve("manifest-" + size + ".json");
            Files.createDirectories(manifest.getParent());
            Files.writeString(manifest, tested.toManifestJson(), StandardCharsets.UTF_8);
            if (o.write != null) {
                GraphFile.write(o.write.resolve("graph-" + size + ".json"), project.toLayoutGraph());
            }
            System.out.printf(Locale.ROOT, "%nGenerated dbt project: %,d resources, %,d dependencies, plus %,d data tests (%s)%n",
                    size, project.edgeCount(), tested.resources().size() - size, manifest);
            rows.add(runManifest(o, frames, "generated " + size, manifest));
        }
        for (Path file : o.manifests) {
            System.out.printf(Locale.ROOT, "%nManifest: %s%n", file);
            rows.add(runManifest(o, frames, "manifest " + file.getFileName(), file));
        }
        for (Path file : o.graphs) {
            System.out.printf(Locale.ROOT, "%nGraph file: %s%n", file);
            Stats parse = measure(2, 5, () -> GraphFile.read(file));
            System.out.println("  graph file parse (JSON → LayoutGraph): " + parse.summary());
            LayoutGraph graph = GraphFile.read(file);
            LineageGraph lineage = asLineage(graph);
            rows.add(run(o, frames, "graph " + file.getFileName(), parse.medianMs(), Double.NaN, graph, lineage));
        }
        printTable(rows);
        System.exit(0);
    }

    /** Parse, then build: manifest.json → DbtManifest → LineageGraph (tests hidden, as the view shows it) → LayoutGraph. */
    private static Row runManifest(Options o, LineageFrameBench frames, String name, Path manifest) throws Exception {
        System.gc();
        DbtManifestReader reader = new DbtManifestReader();
        Stats parse = measure(2, 5, () -> reader.read(manifest));
        System.out.println("  manifest parse (manifest.json → DbtManifest):       " + parse.summary());
        DbtManifest read = switch (reader.read(manifest)) {
            case DbtManifestReader.Result.Read r -> r.manifest();
            case DbtManifestReader.Result.Failed f -> throw new IllegalArgumentException(f.problem().toString());
        };
        Supplier<LineageGraph> lineage = () -> LineageGraphBuilder.build(List.<LineageContributor>of(
                b -> DbtManifestContributor.add(read, b))).graph().withoutTests();
        Stats build = measure(2, 5, () -> LineageViewModel.toLayoutGraph(lineage.get()));
        System.out.println("  graph build (DbtManifest → LineageGraph → LayoutGraph): " + build.summary());
        LineageGraph graph = lineage.get();
        return run(o, frames, name, parse.medianMs(), build.medianMs(), LineageViewModel.toLayoutGraph(graph), graph);
    }

    private static Row run(Options o, LineageFrameBench frames, String name, double parseMs, double buildMs,
            LayoutGraph graph, LineageGraph lineageGraph) throws Exception {
        int n = graph.nodes().size();
        System.out.printf(Locale.ROOT, "  %,d nodes, %,d edges%n", n, graph.edges().size());
        System.out.println("  lineage index (LineageNeighbourhood):             " + measure(3, 10, () -> new LineageNeighbourhood(graph)).summary());

        int runs = o.runs > 0 ? o.runs : n <= 1_000 ? 5 : n <= 5_000 ? 3 : 1;
        System.gc();
        Timed whole = layout(new LayeredLayout(), graph, 1, runs);
        System.out.println("  ELK layout, whole graph (" + whole.options.describe() + "):");
        System.out.println("    " + whole.summary());

        GroupCollapse.Collapsed overview = new GroupCollapse().collapse(graph, java.util.Set.of());
        if (overview.graph().nodes().size() < n) {
            Timed groups = layout(new LayeredLayout(), overview.graph(), 5, 15);
            System.out.printf(Locale.ROOT, "  ELK layout, groups collapsed (%d nodes, %d edges): %s%n", overview.graph().nodes().size(),
                    overview.graph().edges().size(), groups.summary());
        }

        LineageNeighbourhood lineage = new LineageNeighbourhood(graph);
        LineageNeighbourhood.Focus focus = focusNear(lineage, o.hops, o.focusSize);
        LayoutGraph focused = focus.graph();
        System.gc();
        Timed near = layout(new LayeredLayout(), focused, 5, 15);
        System.out.printf(Locale.ROOT, "  focus %d up / %d down around %s: %d nodes, %d edges%n", o.hops, o.hops,
                focus.focus(), focused.nodes().size(), focused.edges().size());
        System.out.println("    neighbourhood: " + measure(5, 20, () -> lineage.around(focus.focus(), o.hops, o.hops)).summary());
        System.out.println("    ELK layout (" + near.options.describe() + "): " + near.summary());

        LineageFrameBench.FrameTimes fw = frames.whole(lineageGraph, whole.layout);
        LineageFrameBench.FrameTimes fz = frames.zoomed(lineageGraph, whole.layout, focus.focus());
        System.out.printf(Locale.ROOT, "  frame, whole graph fitted to 1600x1000 (%d nodes, %d edges drawn, labels %s):%n",
                fw.drawn().nodes(), fw.drawn().edges(), fw.drawn().labels());
        System.out.println("    paint calls:            " + fw.paint().summary());
        System.out.println("    paint + render (snapshot): " + fw.frame().summary());
        System.out.println("    CPU (FX + render thread):  " + fw.cpu().summary());
        System.out.printf(Locale.ROOT, "  frame, zoomed to scale 1 on the focus node (%d nodes, %d edges drawn, labels %s):%n",
                fz.drawn().nodes(), fz.drawn().edges(), fz.drawn().labels());
        System.out.println("    paint calls:            " + fz.paint().summary());
        System.out.println("    paint + render (snapshot): " + fz.frame().summary());
        System.out.println("    CPU (FX + render thread):  " + fz.cpu().summary());
        if (o.sweep) {
            sweepFocus(focused, focus.focus());
            if (n <= o.sweepWholeUpTo) {
                sweepWhole(graph, runs);
            }
        }
        return new Row(name, n, graph.edges().size(), parseMs, buildMs, whole.wall.medianMs(), whole.cpu.medianMs(),
                focused.nodes().size(), near.wall.medianMs(), near.cpu.medianMs(), fw.frame().medianMs(), fz.frame().medianMs(),
                fw.paint().medianMs(), fz.paint().medianMs(), fw.cpu().medianMs(), fz.cpu().medianMs());
    }

    private static void printTable(List<Row> rows) {
        System.out.println();
        System.out.println("Medians in ms. layout: wall / thread CPU. frame: paint + render (snapshot) wall / CPU of the FX and render threads,"
                + " paint calls alone in brackets");
        System.out.printf(Locale.ROOT, "%-28s %6s %6s %7s %7s %17s %6s %15s %24s %24s%n", "input", "nodes", "edges", "parse",
                "build", "layout whole", "focus", "layout focus", "frame whole", "frame zoomed");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-28s %6d %6d %7s %7s %8.1f / %6.1f %6d %6.1f / %6.1f %6.1f / %6.1f (%5.1f) %6.1f / %6.1f (%5.1f)%n",
                    r.input, r.nodes, r.edges, ms(r.parseMs), ms(r.buildMs), r.wholeWallMs, r.wholeCpuMs, r.focusNodes,
                    r.focusWallMs, r.focusCpuMs, r.frameWholeMs, r.cpuWholeMs, r.paintWholeMs, r.frameZoomedMs, r.cpuZoomedMs,
                    r.paintZoomedMs);
        }
        System.out.println("Targets: focus layout <= 100 ms; whole 5,000-node layout <= 2,000 ms; a frame <= 16 ms at 5,000 nodes.");
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A plain graph file as lineage nodes (all models, named by id) so the painter can draw it. */
    private static LineageGraph asLineage(LayoutGraph graph) {
        return LineageGraphBuilder.build(List.<LineageContributor>of(b -> {
            graph.nodes().forEach(node -> b.addNode(new LineageNode(node.id(), NodeKind.MODEL, node.id())));
            graph.edges().forEach(e -> b.addEdge(e.source(), e.target(), EdgeKind.DEPENDS_ON));
        })).graph();
    }

    private static void sweepFocus(LayoutGraph focused, String anchor) throws Exception {
        List<LayoutGraph> smaller = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            smaller.add(withoutLeaf(focused, anchor, k));
        }
        LayoutOptions r = LayoutOptions.readable();
        System.out.println("  options on the focus (time; crossings, bends, area; mean node shift after removing one leaf, "
                + "anchored on the focus, mean of 5 leaves):");
        for (LayoutOptions option : List.of(r, r.withModelOrder(true), r.withEdges(EdgeStyle.POLYLINE), r.withThoroughness(1),
                r.withThoroughness(1).withModelOrder(true), r.withThoroughness(1).withGreedySwitch(true),
                r.withThoroughness(3), r.withGreedySwitch(true), r.withPlacement(NodePlacement.NETWORK_SIMPLEX),
                r.withPlacement(NodePlacement.LINEAR_SEGMENTS), r.withPlacement(NodePlacement.SIMPLE), r.withSeparateComponents(false))) {
            LayeredLayout layout = new LayeredLayout(option);
            Timed t = layout(layout, focused, 3, 9);
            double shift = smaller.stream().mapToDouble(g -> LayoutQuality.meanShift(t.layout, layout.layout(g), anchor)).average().orElse(0);
            System.out.printf(Locale.ROOT, "    %-95s cpu %6.1f ms, wall %6.1f ms; %5d crossings, %5d bends, %5.1f Mpx; shift %5.1f px%n",
                    option.describe(), t.cpu.medianMs(), t.wall.medianMs(), LayoutQuality.crossings(t.layout),
                    LayoutQuality.bends(t.layout), LayoutQuality.areaMpx(t.layout), shift);
        }
    }

    private static void sweepWhole(LayoutGraph graph, int runs) throws Exception {
        LayoutOptions f = LayoutOptions.fast();
        System.out.println("  options on the whole graph (medians):");
        for (LayoutOptions option : List.of(f, f.withEdges(EdgeStyle.ORTHOGONAL), f.withPlacement(NodePlacement.SIMPLE),
                f.withPlacement(NodePlacement.LINEAR_SEGMENTS), f.withModelOrder(true), f.withThoroughness(7),
                f.withSeparateComponents(false))) {
            Timed t = layout(new LayeredLayout(option), graph, 1, runs);
            System.out.printf(Locale.ROOT, "    %-95s cpu %8.1f ms, wall %8.1f ms; %6d bends, %7.1f Mpx%n", option.describe(),
                    t.cpu.medianMs(), t.wall.medianMs(), LayoutQuality.bends(t.layout), LayoutQuality.areaMpx(t.layout));
        }
    }

    /** The focus whose neighbourhood size is nearest to {@code size}, among up to 500 evenly spread nodes. */
    static LineageNeighbourhood.Focus focusNear(LineageNeighbourhood lineage, int hops, int size) {
        List<LayoutGraph.Node> nodes = lineage.graph().nodes();
        int step = Math.max(1, nodes.size() / 500);
        LineageNeighbourhood.Focus best = null;
        for (int i = 0; i < nodes.size(); i += step) {
            LineageNeighbourhood.Focus f = lineage.around(nodes.get(i).id(), hops, hops);
            if (best == null || Math.abs(f.graph().nodes().size() - size) < Math.abs(best.graph().nodes().size() - size)) {
                best = f;
            }
        }
        return best;
    }

    /** The graph without its {@code skip}-th leaf from the end (a node without children, never {@code keep}). */
    private static LayoutGraph withoutLeaf(LayoutGraph graph, String keep, int skip) {
        java.util.Set<String> sources = new java.util.HashSet<>(graph.edges().stream().map(LayoutGraph.Edge::source).toList());
        int seen = 0;
        for (int i = graph.nodes().size() - 1; i >= 0; i--) {
            String id = graph.nodes().get(i).id();
            if (!id.equals(keep) && !sources.contains(id) && seen++ == skip) {
                List<LayoutGraph.Node> nodes = new ArrayList<>(graph.nodes());
                nodes.remove(i);
                return new LayoutGraph(nodes, graph.edges().stream().filter(e -> !e.target().equals(id)).toList());
            }
        }
        return graph;
    }

    private record Timed(Stats wall, Stats cpu, GraphLayout layout, LayoutOptions options, double buildMs, double elkMs, double readMs) {

        String summary() {
            return String.format(Locale.ROOT, "wall median %.1f ms (min %.1f, max %.1f), CPU median %.1f ms; "
                    + "split of the median run: ELK graph build %.1f ms, ELK %.1f ms, read back %.1f ms (n=%d)",
                    wall.medianMs(), wall.minMs(), wall.maxMs(), cpu.medianMs(), buildMs, elkMs, readMs, wall.nanos().length);
        }
    }

    private static Timed layout(LayeredLayout layout, LayoutGraph graph, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            layout.layout(graph);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        List<LayeredLayout.TimedLayout> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            results.add(layout.timedLayout(graph, () -> false));
            wall[i] = System.nanoTime() - w;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        }
        long median = Stats.of(wall).nanos()[(runs - 1) / 2];
        LayeredLayout.TimedLayout m = results.stream().filter(r -> r.totalNanos() <= median).max((a, b) -> Long.compare(a.totalNanos(), b.totalNanos()))
                .orElse(results.getFirst());
        return new Timed(Stats.of(wall), Stats.of(cpu), m.layout(), m.options(), m.buildNanos() / 1e6, m.elkNanos() / 1e6, m.readNanos() / 1e6);
    }

    private static Stats measure(int warmup, int runs, StewardBenchmark.Work work) throws Exception {
        return StewardBenchmark.measure(warmup, runs, work);
    }

    private static final class Options {
        List<Integer> sizes = new ArrayList<>(List.of(1_000, 5_000, 10_000));
        final List<Path> graphs = new ArrayList<>();
        final List<Path> manifests = new ArrayList<>();
        boolean sizesGiven;
        int runs;
        int hops = 2;
        int focusSize = 200;
        int sweepWholeUpTo = 1_000;
        boolean sweep;
        Path write;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--sizes" -> {
                        o.sizes = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
                        o.sizesGiven = true;
                    }
                    case "--graph" -> o.graphs.add(Path.of(value));
                    case "--manifest" -> o.manifests.add(Path.of(value));
                    case "--runs" -> o.runs = Integer.parseInt(value);
                    case "--hops" -> o.hops = Integer.parseInt(value);
                    case "--focus-size" -> o.focusSize = Integer.parseInt(value);
                    case "--sweep-whole-up-to" -> o.sweepWholeUpTo = Integer.parseInt(value);
                    case "--write" -> o.write = Path.of(value);
                    case "--sweep" -> {
                        o.sweep = true;
                        i--;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --sizes 1000,5000 "
                            + "--graph FILE --manifest FILE --runs N --hops N --focus-size N --write DIR --sweep --sweep-whole-up-to N");
                }
                i++;
            }
            if ((!o.graphs.isEmpty() || !o.manifests.isEmpty()) && !o.sizesGiven) {
                o.sizes = List.of(); // only the files, unless sizes were asked for too
            }
            return o;
        }
    }
}
