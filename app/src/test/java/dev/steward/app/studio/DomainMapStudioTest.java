package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.lineage.layout.Point;
import dev.steward.views.mesh.DomainMapCanvas;
import dev.steward.views.mesh.DomainMapDrawing;
import dev.steward.views.mesh.DomainMapViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user opens the domain map of the sample (Ctrl+Shift+D), clicks a product, reads its ports and policy
 * results, follows a contract link and a finding into the editor, saves a product and finds the map where it was.
 */
@ExtendWith(ApplicationExtension.class)
class DomainMapStudioTest {

    @TempDir
    static Path temp;

    private StudioHarness studio;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioHarness.open(stage, temp);
        window = studio.window();
    }

    @AfterEach
    void stop() throws Exception {
        studio.close();
    }

    private DomainMapViewModel map() {
        return window.domainMap().model();
    }

    private DomainMapCanvas canvas() {
        return window.domainMap().view().canvas();
    }

    private String details() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.domainMap().view().detailsText()).get(10, TimeUnit.SECONDS);
    }

    private Point onScreen(String product) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().productCentreOnScreen(product)).get(10, TimeUnit.SECONDS);
    }

    private Point2D screenPoint(String product) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Point p = canvas().productCentreOnScreen(product);
            return canvas().localToScreen(p.x(), p.y());
        }).get(10, TimeUnit.SECONDS);
    }

    private void openDomainMap(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", () -> window.session().root().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the domain map is drawn", () -> !map().busyProperty().get() && !map().drawingProperty().get().isEmpty());
        assertTrue(window.domainMapShowing());
    }

    private boolean clickLink(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.domainMap().view().clickDetailsLink(text)).get(10, TimeUnit.SECONDS);
    }

    private void activeIs(Path file, int line) throws Exception {
        waitUntil(() -> file.getFileName() + " opens at line " + line + ", active: " + window.documents().active()
                        .map(d -> d.model().path() + ":" + d.editor().getCaretLine()).orElse("none"),
                () -> window.documents().active().map(d -> d.model().path().equals(file)
                        && d.editor().getCaretLine() == line).orElse(false));
    }

    @Test
    void clickingAProductShowsItsPortsContractsAndPolicyAndTheLinksOpenTheFiles(FxRobot robot) throws Exception {
        openDomainMap(robot);
        assertEquals(3, map().map().domains().size());
        assertEquals(6, map().map().products().size());
        assertTrue(details().startsWith("Click a data product"), details());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.asyncFx(() -> canvas().fit()).get(10, TimeUnit.SECONDS);
        robot.clickOn(screenPoint("customer-360"));
        waitUntil("Customer 360 is selected", () -> "customer-360".equals(map().selectedProperty().get()));
        String text = details();
        assertTrue(text.startsWith("Customer 360\nDomain: customer\nOwner team: Customer Insights\nStatus: active"), text);
        assertTrue(text.contains("Input ports\n• customers → Customers (7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11)\n"
                + "• orders → Orders (5f2e8c41-9d3a-4b67-a1c0-2e4f6a8b9c31)"), text);
        assertTrue(text.contains("Output ports\n• customer-360 → Customer 360 (customer-360)"), text);
        assertTrue(text.contains("warning (line 10): Data product 'Customer 360' of domain 'customer' depends on 2 products"), text);
        studio.snapshot("studio-domain-map.png");

        // the contract of an input port opens the contract
        assertTrue(clickLink("→ Customers (7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11)"));
        activeIs(studio.sample().resolve("contracts/customers.odcs.yaml"), 1);

        // a policy finding opens the product at its line
        String finding = text.lines().filter(l -> l.startsWith("warning (line 10)")).findFirst().orElseThrow();
        assertTrue(clickLink(finding));
        Path product = studio.sample().resolve("products/customer-360.odps.yaml");
        activeIs(product, 10);

        // a port opens the product at the port's line
        assertTrue(clickLink("orders"));
        int portLine = lineOf(product, "name: orders");
        activeIs(product, portLine);
    }

    @Test
    void doubleClickOpensAProductAndASaveRebuildsTheMapKeepingSelectionAndPlace(FxRobot robot) throws Exception {
        openDomainMap(robot);
        robot.doubleClickOn(screenPoint("payments-ledger"));
        Path ledger = studio.sample().resolve("products/payments-ledger.odps.yaml");
        activeIs(ledger, 1);
        assertEquals("payments-ledger", map().selectedProperty().get());
        Point before = onScreen("payments-ledger");
        double scale = WaitForAsyncUtils.asyncFx(() -> canvas().scale()).get(10, TimeUnit.SECONDS);
        DomainMapDrawing drawn = map().drawingProperty().get();

        // rename the owner team and save: the map is rebuilt with the new details, in place
        String text = Files.readString(ledger);
        assertTrue(text.contains("name: Finance Data"), text);
        WaitForAsyncUtils.asyncFx(() -> window.documents().active().orElseThrow().editor()
                .replaceText(text.replace("name: Finance Data", "name: Ledger Team"))).get(10, TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("the map is rebuilt", () -> map().drawingProperty().get() != drawn && !map().busyProperty().get());
        assertEquals("payments-ledger", map().selectedProperty().get());
        assertTrue(details().contains("Owner team: Ledger Team"), details());
        Point after = onScreen("payments-ledger");
        assertEquals(before.x(), after.x(), 0.5, "the selected product stays where it was");
        assertEquals(before.y(), after.y(), 0.5, "the selected product stays where it was");
        assertEquals(scale, WaitForAsyncUtils.asyncFx(() -> canvas().scale()).get(10, TimeUnit.SECONDS), 1e-9);

        // typing (unsaved) a new domain moves the product at once
        WaitForAsyncUtils.asyncFx(() -> {
            var editor = window.documents().active().orElseThrow().editor();
            int at = editor.getText().indexOf("domain: finance");
            editor.applyEdits(java.util.List.of(new dev.steward.model.text.TextEdit(at, "domain: finance".length(),
                    "domain: customer")));
        }).get(10, TimeUnit.SECONDS);
        waitUntil("the map follows the unsaved domain", () -> map().map().domain("customer")
                .map(d -> d.productIds().contains("payments-ledger")).orElse(false));
        assertTrue(window.documents().active().orElseThrow().model().dirtyProperty().get(), "not saved");
        assertTrue(details().contains("Domain: customer"), details());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the domain map is hidden", () -> !window.domainMapShowing());
        assertFalse(robot.lookup("#domainMapPanel").tryQuery().isPresent());
    }

    private static int lineOf(Path file, String needle) throws Exception {
        String[] lines = Files.readString(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
