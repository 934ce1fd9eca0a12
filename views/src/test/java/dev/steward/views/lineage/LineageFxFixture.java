package dev.steward.views.lineage;

import atlantafx.base.theme.PrimerLight;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.views.task.FxTaskRunner;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Snapshots;
import dev.steward.views.testing.Stages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A lineage view shown in a TestFX stage, laid out on a background thread; snapshots go to target/snapshots. */
@ExtendWith(ApplicationExtension.class)
abstract class LineageFxFixture {

    final ExecutorService executor = Executors.newSingleThreadExecutor();
    Stage stage;
    LineageView view;

    /** Keeps TestFX's stage; each test class calls it from its own {@code @Start} (TestFX looks there only). */
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
        Fx.run(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    /** Shows a view of {@code graph}, waits for its layout, fits it. */
    void show(LineageGraph graph, double width, double height) throws InterruptedException {
        Fx.run(() -> {
            view = new LineageView(graph, new FxTaskRunner(executor));
            Stages.show(stage, view, width, height);
        });
        awaitLayout();
    }

    /** Waits until no layout is running and something is drawn, then fits the drawing. */
    void awaitLayout() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L; // a 2,000-node layout on a shared 2-core machine
        Thread.sleep(50);
        while (Fx.call(() -> view.model().busyProperty().get() || view.model().drawingProperty().get().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The lineage graph was not laid out within 120 s");
            }
            Thread.sleep(50);
        }
        Fx.run(() -> view.canvas().fit());
    }

    void snapshot(Path file) {
        Fx.run(() -> Snapshots.write(stage, List.of(), file));
    }

    void snapshot(String name) {
        snapshot(Snapshots.directory().resolve(name));
    }
}
