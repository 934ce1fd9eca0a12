package dev.steward.app.studio;

import static dev.steward.app.studio.StudioHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.views.form.product.ProductFormView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
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

/** A user opens a data product, switches to the form, renames it and picks a domain: the YAML changes in place. */
@ExtendWith(ApplicationExtension.class)
class ProductFormStudioTest {

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

    /** The active editor's text (read on the FX thread by the waits, which pump FX events first). */
    private String editorText() {
        return window.documents().active().map(d -> d.editor().getText()).orElse("");
    }

    @Test
    void theFormOfADataProductEditsItsYamlInPlace(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", () -> window.session().root().isPresent());
        Path file = studio.sample().resolve("products/customer-360.odps.yaml");
        String original = Files.readString(file);
        WaitForAsyncUtils.asyncFx(() -> window.openFile(file, d -> { })).get(10, TimeUnit.SECONDS);
        waitUntil("the product's Form button shows", () -> robot.lookup("#modeForm").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#modeSplit");
        waitUntil("the product form shows", () -> robot.lookup("#productForm").tryQuery().isPresent());
        assertTrue(robot.lookup("#productForm").query() instanceof ProductFormView);

        TextField name = robot.lookup("#formProductName").queryAs(TextField.class);
        assertEquals("Customer 360", name.getText());
        robot.doubleClickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Customer 360 Degrees").type(KeyCode.ENTER);
        waitUntil("the name is written into the YAML", () -> editorText().contains("name: Customer 360 Degrees\n"));
        assertEquals(original.replaceFirst("(?m)^name: Customer 360$", "name: Customer 360 Degrees"), editorText(),
                "only the name changed");

        @SuppressWarnings("unchecked")
        ComboBox<String> domain = robot.lookup("#formProductDomain").queryAs(ComboBox.class);
        assertTrue(domain.getItems().containsAll(java.util.List.of("sales", "customer", "finance")), domain.getItems().toString());
        WaitForAsyncUtils.asyncFx(() -> {
            domain.setValue("sales");
            domain.getOnAction().handle(new javafx.event.ActionEvent());
        }).get(10, TimeUnit.SECONDS);
        waitUntil("the domain is written", () -> editorText().contains("domain: sales\n"));
        studio.snapshot("studio-product-form.png");
    }
}
