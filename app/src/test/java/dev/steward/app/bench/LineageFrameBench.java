package dev.steward.app.bench;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.layout.GraphLayout;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.lineage.LineageDrawing;
import dev.steward.views.lineage.LineagePainter;
import dev.steward.views.lineage.LineagePalette;
import dev.steward.views.lineage.PathHighlight;
import dev.steward.views.lineage.Viewport;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Times one frame of the lineage canvas, on the FX thread of the (headless, software-rendered) toolkit the
 * bench profile starts: the painter's draw calls on a 1600 x 1000 canvas, then {@code Canvas.snapshot},
 * which makes the renderer execute the canvas' command buffer into pixels. The snapshot also reads the
 * pixels back into an image, which an on-screen pulse does not do, so "paint + render" slightly
 * overstates a real frame; "paint" alone understates it (the rasterisation happens at render time).
 */
final class LineageFrameBench {

    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;

    /**
     * Paint-only and paint+render wall times of one frame, and the CPU time of paint+render: the FX thread's (it
     * paints) plus the render thread's (it executes the canvas commands). On a loaded shared machine the CPU time
     * is what a frame costs, the wall time what a user waited.
     */
    record FrameTimes(Stats paint, Stats frame, Stats cpu, LineagePainter.Frame drawn) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The Quantum render thread's id, or -1 when not found. */
    private final long renderThread = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::threadId).findFirst().orElse(-1);

    /** CPU time so far of the calling (FX) thread and of the Quantum render thread. */
    private long fxAndRenderCpu() {
        return THREADS.getCurrentThreadCpuTime() + (renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread));
    }

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final LineagePainter painter = new LineagePainter();
    private final WritableImage target = new WritableImage((int) WIDTH, (int) HEIGHT);

    LineageFrameBench() throws Exception {
        onFx(() -> new Scene(new Group(canvas), WIDTH, HEIGHT));
    }

    /** The whole drawing fitted to the canvas, as the view shows it first. */
    FrameTimes whole(LineageGraph graph, GraphLayout layout) throws Exception {
        return time(new LineageDrawing(graph, layout, Optional.empty()),
                Viewport.fit(layout.bounds(), WIDTH, HEIGHT, 1.25));
    }

    /** Zoomed in at scale 1 on node {@code centre}: names, routed edges, arrowheads. */
    FrameTimes zoomed(LineageGraph graph, GraphLayout layout, String centre) throws Exception {
        Rect r = layout.nodes().get(centre);
        return time(new LineageDrawing(graph, layout, Optional.empty()),
                new Viewport(1, 0, 0).centredOn(r.center(), WIDTH, HEIGHT));
    }

    private FrameTimes time(LineageDrawing drawing, Viewport view) throws Exception {
        return onFx(() -> {
            LineagePalette palette = LineagePalette.light();
            SnapshotParameters params = new SnapshotParameters();
            int warmup = 3;
            int runs = 15;
            long[] paint = new long[runs];
            long[] frame = new long[runs];
            long[] cpu = new long[runs];
            LineagePainter.Frame drawn = null;
            for (int i = -warmup; i < runs; i++) {
                long c0 = fxAndRenderCpu();
                long t0 = System.nanoTime();
                drawn = painter.paint(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, drawing, view, PathHighlight.NONE, Set.of(), palette);
                long t1 = System.nanoTime();
                canvas.snapshot(params, target);
                long t2 = System.nanoTime();
                long c1 = fxAndRenderCpu();
                if (i >= 0) {
                    paint[i] = t1 - t0;
                    frame[i] = t2 - t0;
                    cpu[i] = c1 - c0;
                }
            }
            return new FrameTimes(Stats.of(paint), Stats.of(frame), Stats.of(cpu), drawn);
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
