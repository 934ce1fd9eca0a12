package dev.steward.model.lineage.layout;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;

/**
 * Left-to-right layered (Sugiyama) layout with Eclipse ELK: upstream on the left, downstream on the right.
 * Deterministic (ELK's random decisions are seeded and the graph is handed over in model order) and
 * cancellable between layout phases. Call it off the FX thread; a 5,000-node graph takes seconds.
 * Thread-safe: every call builds its own ELK graph.
 */
public final class LayeredLayout {

    private final LayoutOptions options;

    /** Picks {@link LayoutOptions#forSize(int, int)} for each graph. */
    public LayeredLayout() {
        this.options = null;
    }

    /** Always uses {@code options}. */
    public LayeredLayout(LayoutOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** The options this layout uses for {@code graph}. */
    public LayoutOptions optionsFor(LayoutGraph graph) {
        return options != null ? options : LayoutOptions.forSize(graph.nodes().size(), graph.edges().size());
    }

    /** Lays out {@code graph}; cancelled (with {@link CancellationException}) when the calling thread is interrupted. */
    public GraphLayout layout(LayoutGraph graph) {
        return layout(graph, Thread.currentThread()::isInterrupted);
    }

    /** Lays out {@code graph}; throws {@link CancellationException} at the next phase once {@code cancelled} is true. */
    public GraphLayout layout(LayoutGraph graph, BooleanSupplier cancelled) {
        return timedLayout(graph, cancelled).layout();
    }

    /** Like {@link #layout(LayoutGraph, BooleanSupplier)}, and reports where the time went. */
    public TimedLayout timedLayout(LayoutGraph graph, BooleanSupplier cancelled) {
        LayoutOptions chosen = optionsFor(graph);
        CancellableMonitor monitor = new CancellableMonitor(cancelled);
        monitor.checkCancelled();
        if (graph.isEmpty()) {
            return new TimedLayout(GraphLayout.EMPTY, chosen, 0, 0, 0);
        }
        long t0 = System.nanoTime();
        ElkGraphs.Built built = ElkGraphs.build(graph, chosen);
        monitor.checkCancelled();
        long t1 = System.nanoTime();
        new RecursiveGraphLayoutEngine().layout(built.root(), monitor);
        monitor.checkCancelled();
        long t2 = System.nanoTime();
        GraphLayout layout = ElkGraphs.read(built);
        long t3 = System.nanoTime();
        return new TimedLayout(layout, chosen, t1 - t0, t2 - t1, t3 - t2);
    }

    /**
     * A layout and its cost: building the ELK graph, running ELK, reading the coordinates back (nanoseconds).
     */
    public record TimedLayout(GraphLayout layout, LayoutOptions options, long buildNanos, long elkNanos, long readNanos) {

        public long totalNanos() {
            return buildNanos + elkNanos + readNanos;
        }
    }
}
