package dev.steward.views.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshWorkspaceReader;
import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainMapViewModelTest {

    final DomainMapViewModel model = new DomainMapViewModel(new SameThreadTaskRunner());

    @Test
    void sampleWorkspaceShowsThreeDomainsSixProductsAndTheCrossDomainWarning() {
        model.load(MeshFiles.SAMPLE);
        DomainMap map = model.map();
        assertFalse(model.busyProperty().get());
        assertEquals(List.of("sales", "customer", "finance"), map.domains().stream().map(DomainMap.Group::id).toList());
        assertEquals(6, map.products().size());
        assertEquals(Set.of("customer-360"), Set.copyOf(map.domain("customer").orElseThrow().productIds()));

        List<DomainMap.ProductEdge> into360 = map.edges().stream().filter(e -> e.target().equals("customer-360")).toList();
        assertEquals(2, into360.size(), into360.toString());
        assertTrue(into360.stream().allMatch(DomainMap.ProductEdge::crossDomain), into360.toString());
        assertTrue(map.edges().stream().noneMatch(DomainMap.ProductEdge::inCycle), "the sample mesh has no cycle");
        assertTrue(map.edges().stream().anyMatch(e -> !e.crossDomain()), "some dependencies stay inside a domain");

        DomainMap.ProductNode c360 = map.product("customer-360").orElseThrow();
        assertEquals(0, c360.errors());
        assertEquals(1, c360.warnings());
        assertTrue(model.messageProperty().get().startsWith("3 domains, 6 products, 4 dependencies (3 across domains)"),
                model.messageProperty().get());
        assertTrue(model.messageProperty().get().endsWith("1 product with policy findings"), model.messageProperty().get());

        model.select("customer-360");
        ProductDetails d = model.detailsProperty().get();
        assertEquals("Customer 360", d.label());
        assertEquals("customer", d.domain());
        assertEquals("Customer Insights", d.team());
        assertEquals("active", d.status());
        assertEquals(List.of("customers", "orders"), d.inputPorts().stream().map(ProductDetails.Port::name).toList());
        assertTrue(d.inputPorts().stream().allMatch(ProductDetails.Port::contractExists), d.inputPorts().toString());
        assertEquals("customer-360", d.outputPorts().getFirst().contractId());
        assertEquals("Customer 360", d.outputPorts().getFirst().contractName());
        assertEquals(1, d.policy().size(), d.policy().toString());
        assertEquals("mesh-cross-domain-dependencies", d.policy().getFirst().rule());
        assertTrue(d.outputPorts().stream().noneMatch(ProductDetails.Port::containsPii), d.outputPorts().toString());

        assertEquals("customer-accounts · active · PII",
                DomainMapPainter.subtitle(map.product("customer-accounts").orElseThrow()), "the card says PII");
        assertEquals("customer-360 · active", DomainMapPainter.subtitle(c360));
        model.select("customer-accounts");
        assertTrue(model.detailsProperty().get().outputPorts().stream().anyMatch(ProductDetails.Port::containsPii),
                "the accounts port is tagged pii: " + model.detailsProperty().get().outputPorts());
        assertEquals(Severity.WARNING, d.policy().getFirst().severity());
    }

    @Test
    void sampleLayoutPutsEachProductInsideItsDomainBoxWithoutOverlaps() {
        model.load(MeshFiles.SAMPLE);
        DomainMapDrawing drawing = model.drawingProperty().get();
        assertEquals(3, drawing.domains().size());
        assertEquals(6, drawing.products().size());
        assertEquals(drawing.map().edges().size(), drawing.routes().size());
        for (DomainMap.ProductNode p : drawing.map().products()) {
            Rect box = drawing.domains().get(p.domain());
            Rect r = drawing.products().get(p.id());
            assertTrue(r.x() >= box.x() && r.maxX() <= box.maxX() && r.y() >= box.y() && r.maxY() <= box.maxY(),
                    p.id() + " " + r + " lies inside " + p.domain() + " " + box);
        }
        List<Rect> boxes = List.copyOf(drawing.domains().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        Rect c360 = drawing.products().get("customer-360");
        assertEquals("customer-360", drawing.productAt(c360.center().x(), c360.center().y()));
        assertNull(drawing.productAt(drawing.bounds().maxX() + 10, drawing.bounds().maxY() + 10));
    }

    @Test
    void cycleEdgesAndProductsWithErrorsAreFlagged(@TempDir Path root) throws Exception {
        MeshModel mesh = MeshWorkspaceReader.read(MeshFiles.cycle(root));
        model.setMesh(mesh, MeshPolicyChecker.check(mesh, ValidationPolicy.DEFAULT));
        DomainMap map = model.map();
        assertEquals(List.of("ops", "bi"), map.domains().stream().map(DomainMap.Group::id).toList());
        Set<String> cycle = map.edges().stream().filter(DomainMap.ProductEdge::inCycle)
                .map(e -> e.source() + ">" + e.target()).collect(Collectors.toSet());
        assertEquals(Set.of("alpha>beta", "beta>alpha"), cycle);
        DomainMap.ProductEdge toGamma = map.edges().stream().filter(e -> e.target().equals("gamma")).findFirst().orElseThrow();
        assertTrue(toGamma.crossDomain());
        assertFalse(toGamma.inCycle(), "gamma only reads from the cycle");
        assertEquals(List.of("alpha-out"), toGamma.contractIds());

        assertTrue(map.product("alpha").orElseThrow().errors() >= 1);
        assertTrue(map.product("beta").orElseThrow().errors() >= 1);
        model.select("gamma");
        assertTrue(model.detailsProperty().get().policy().stream().noneMatch(r -> r.rule().equals("mesh-dependency-cycle")),
                "gamma is not in the cycle: " + model.detailsProperty().get().policy());
        assertEquals(model.detailsProperty().get().policy().stream().filter(r -> r.severity() == Severity.ERROR).count(),
                map.product("gamma").orElseThrow().errors(), "the badge counts the errors the panel lists");

        model.select("beta");
        ProductDetails beta = model.detailsProperty().get();
        assertTrue(beta.policy().stream().anyMatch(r -> r.rule().equals("mesh-dependency-cycle")
                && r.severity() == Severity.ERROR && r.message().contains("cycle")), beta.policy().toString());
        assertTrue(beta.inputPorts().getFirst().contractExists(), "beta reads alpha-out, which has a contract file");
        assertFalse(beta.outputPorts().getFirst().contractExists(), "beta-out has no contract file");
        model.select("alpha");
        assertTrue(model.detailsProperty().get().inputPorts().getFirst().contractId().equals("beta-out"));
        assertTrue(model.detailsProperty().get().outputPorts().getFirst().contractExists(), "alpha-out exists");
    }

    @Test
    void selectingNothingOrAnUnknownProductClearsTheDetails(@TempDir Path root) throws Exception {
        MeshModel mesh = MeshWorkspaceReader.read(MeshFiles.cycle(root));
        model.setMesh(mesh, List.of());
        model.select("gamma");
        assertEquals("gamma", model.selectedProperty().get());
        assertTrue(model.detailsProperty().get().policy().isEmpty());
        model.select("no-such-product");
        assertNull(model.selectedProperty().get());
        assertNull(model.detailsProperty().get());
    }

    @Test
    void anEmptyMeshDrawsNothingAndSaysSo() {
        DomainMapViewModel failing = new DomainMapViewModel(new SameThreadTaskRunner());
        failing.setMesh(MeshModel.EMPTY, List.of());
        assertTrue(failing.drawingProperty().get().isEmpty());
        assertTrue(failing.messageProperty().get().startsWith("0 domains, 0 products, 0 dependencies"), failing.messageProperty().get());
    }
}
