package dev.steward.views.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.layout.Point;
import dev.steward.views.lineage.Viewport;
import dev.steward.views.task.SameThreadTaskRunner;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changes and the map is rebuilt: the selection, its details and the selected product's place on screen stay. */
class DomainMapRebuildTest {

    final DomainMapViewModel model = new DomainMapViewModel(new SameThreadTaskRunner());

    @Test
    void aRebuildKeepsTheSelectionAndShowsTheNewDetails(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        model.load(root);
        model.select("gamma");
        DomainMapDrawing before = model.drawingProperty().get();
        assertEquals("bi-team", model.detailsProperty().get().team());

        Path gamma = root.resolve("products/gamma.odps.yaml");
        Files.writeString(gamma, Files.readString(gamma).replace("name: bi-team", "name: reporting-team"));
        model.load(root);

        assertNotSame(before, model.drawingProperty().get(), "the map was rebuilt");
        assertEquals("gamma", model.selectedProperty().get());
        assertEquals("reporting-team", model.detailsProperty().get().team(), "the details show the saved file");
    }

    @Test
    void typingInAProductMovesItAtOnceButAnEditOfItsDescriptionLaysNothingOut(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        model.load(root);
        model.select("gamma");
        Path gamma = root.resolve("products/gamma.odps.yaml");
        String saved = Files.readString(gamma);
        DomainMapDrawing before = model.drawingProperty().get();

        model.productEdited(new YamlParser().parse(gamma, saved.replace("status: active", "status: active\ndescription:\n  purpose: BI")));
        assertSame(before, model.drawingProperty().get(), "nothing the map shows changed");

        model.productEdited(new YamlParser().parse(gamma, saved.replace("domain: bi", "domain: ops")));
        assertNotSame(before, model.drawingProperty().get());
        assertEquals(List.of("alpha", "beta", "gamma"), model.map().domain("ops").orElseThrow().productIds(),
                "gamma moved into ops, in its place in the model's order");
        assertTrue(model.map().domain("bi").isEmpty(), "no product is left in bi");
        assertEquals("gamma", model.selectedProperty().get());
        assertEquals("ops", model.detailsProperty().get().domain());
    }

    @Test
    void anEditBeforeTheFirstLoadIsIgnored(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        Path gamma = root.resolve("products/gamma.odps.yaml");
        model.productEdited(new YamlParser().parse(gamma, Files.readString(gamma)));
        assertTrue(model.drawingProperty().get().isEmpty());
    }

    @Test
    void aRebuildWithoutTheSelectedProductClearsTheSelection(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        model.load(root);
        model.select("gamma");
        Files.delete(root.resolve("products/gamma.odps.yaml"));
        model.load(root);
        assertNull(model.selectedProperty().get());
        assertNull(model.detailsProperty().get());
    }

    @Test
    void theSelectedProductStaysAtItsScreenPositionWhenTheLayoutAroundItChanges(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        model.load(root);
        DomainMapDrawing before = model.drawingProperty().get();
        Viewport view = new Viewport(0.8, 40, -25);
        Point gammaWas = view.toScreen(before.products().get("gamma").center());

        // a new product in a new domain that consumes gamma moves the boxes around
        Files.writeString(root.resolve("products/delta.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: delta
                status: active
                domain: audit
                team:
                  name: audit-team
                inputPorts:
                  - name: in
                    version: 1.0.0
                    contractId: gamma-out
                """);
        model.load(root);
        DomainMapDrawing after = model.drawingProperty().get();
        assertNotEquals(before.bounds(), after.bounds(), "the layout changed");

        Viewport kept = ViewportAnchor.keep(before, after, view, "gamma");
        Point gammaNow = kept.toScreen(after.products().get("gamma").center());
        assertEquals(gammaWas.x(), gammaNow.x(), 1e-6);
        assertEquals(gammaWas.y(), gammaNow.y(), 1e-6);
        assertEquals(view.scale(), kept.scale(), "the zoom is kept");
    }

    @Test
    void withoutSelectionTheFirstCommonProductIsTheAnchorAndWithoutOneTheViewStays(@TempDir Path root) throws Exception {
        MeshFiles.cycle(root);
        model.load(root);
        DomainMapDrawing drawing = model.drawingProperty().get();
        String first = drawing.products().keySet().iterator().next();
        assertEquals(first, ViewportAnchor.anchor(drawing, drawing, null));
        assertEquals(first, ViewportAnchor.anchor(drawing, drawing, "no-such-product"));
        Viewport view = new Viewport(1.5, 10, 20);
        assertSame(view, ViewportAnchor.keep(drawing, DomainMapDrawing.EMPTY, view, "alpha"));
    }
}
