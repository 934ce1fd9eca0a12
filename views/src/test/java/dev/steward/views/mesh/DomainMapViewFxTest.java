package dev.steward.views.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.steward.model.lineage.layout.Point;
import dev.steward.views.task.FxTaskRunner;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Snapshots;
import dev.steward.views.testing.Stages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shows the domain map of real meshes, clicks products like a user, and writes snapshots under target/snapshots. */
@ExtendWith(ApplicationExtension.class)
class DomainMapViewFxTest {

    final ExecutorService executor = Executors.newSingleThreadExecutor();
    Stage stage;
    DomainMapView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
        Fx.run(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    void show(Path root) {
        Fx.run(() -> {
            view = DomainMapView.forWorkspace(root, new FxTaskRunner(executor));
            Stages.show(stage, view, 1300, 640);
        });
        Fx.waitUntil("the domain map is laid out", () -> !view.model().busyProperty().get()
                && !view.model().drawingProperty().get().isEmpty());
        Fx.run(() -> view.canvas().fit());
    }

    Point2D onScreen(String id) {
        return Fx.call(() -> {
            Point p = view.canvas().productCentreOnScreen(id);
            return view.canvas().localToScreen(p.x(), p.y());
        });
    }

    String panelText() {
        return Fx.call(() -> view.detailsText());
    }

    @Test
    void clickingAProductShowsItsDetails(FxRobot robot) {
        show(MeshFiles.SAMPLE);
        assertTrue(panelText().contains("Click a data product"), panelText());

        robot.moveTo(onScreen("customer-360")).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("Customer 360 is selected", () -> "customer-360".equals(view.model().selectedProperty().get()));
        String text = panelText();
        assertTrue(text.startsWith("Customer 360\nDomain: customer\nOwner team: Customer Insights\nStatus: active"), text);
        assertTrue(text.contains("• customers → Customers (7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11)"), text);
        assertTrue(text.contains("[mesh-cross-domain-dependencies]"), text);
        snapshot("domain-map-sample-light.png");

        Point2D empty = Fx.call(() -> view.canvas().localToScreen(3, 3));
        robot.moveTo(empty).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("clicking empty space clears the selection", () -> view.model().selectedProperty().get() == null);
        assertTrue(panelText().contains("Click a data product"), panelText());
    }

    @Test
    void darkThemeDrawsWithDarkColours(@TempDir Path root) throws Exception {
        show(MeshFiles.cycle(root));
        assertTrue(Fx.call(() -> view.canvas().palette().background().getBrightness() > 0.9));
        Fx.run(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            view.model().select("beta");
        });
        assertTrue(Fx.call(() -> view.canvas().palette().background().getBrightness() < 0.3),
                "the canvas reads the dark theme's background");
        assertTrue(panelText().contains("[mesh-dependency-cycle]"), panelText());
        snapshot("domain-map-cycle-dark.png");

        Fx.run(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        snapshot("domain-map-cycle-light.png");
        show(MeshFiles.SAMPLE);
        Fx.run(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            view.model().select("customer-360");
        });
        snapshot("domain-map-sample-dark.png");
        assertEquals("customer-360", Fx.call(() -> view.model().selectedProperty().get()));
    }

    @Test
    void theCorpusMeshAndALargerMeshStayReadable(@TempDir Path root) throws Exception {
        Path corpus = MeshFiles.corpusMesh().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "the shared corpus is not here");
        show(corpus);
        assertEquals(2, Fx.call(() -> view.model().map().products().size()));
        snapshot("domain-map-corpus-gitops.png");

        show(MeshFiles.large(root));
        assertEquals(24, Fx.call(() -> view.model().map().products().size()));
        assertEquals(6, Fx.call(() -> view.model().map().domains().size()));
        robot().moveTo(onScreen("finance-product-2")).clickOn(MouseButton.PRIMARY);
        Fx.waitUntil("a product of the larger mesh is selected",
                () -> "finance-product-2".equals(view.model().selectedProperty().get()));
        snapshot("domain-map-large.png");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    void snapshot(String name) {
        Fx.run(() -> {
            view.canvas().redraw();
            Snapshots.write(stage, List.of(), Snapshots.directory().resolve(name));
        });
    }
}
