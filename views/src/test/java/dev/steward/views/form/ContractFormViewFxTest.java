package dev.steward.views.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.steward.model.text.TextEdit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form on a real scene: edits typed and picked in the UI land in the text as minimal changes. */
@ExtendWith(ApplicationExtension.class)
class ContractFormViewFxTest {
    private static final Path SNAPSHOTS = Path.of("target", "snapshots");
    private String buffer;
    private ContractFormViewModel vm;
    private ContractFormView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        buffer = ContractFormViewModelTest.ORDERS;
        vm = new ContractFormViewModel(edits -> {
            buffer = TextEdit.applyAll(buffer, edits);
            vm.setText(buffer);
        });
        vm.setText(buffer);
        view = new ContractFormView(vm);
        stage.setScene(new Scene(view, 1100, 680));
        stage.show();
    }

    @Test
    void versionAndLogicalTypeEditedInTheUiChangeOnlyThoseBytes(FxRobot robot) {
        TextField version = robot.lookup("#formVersion").queryAs(TextField.class);
        assertEquals("1.1.0", version.getText());
        robot.clickOn(version);
        robot.interact(version::selectAll);
        robot.write("1.2.0").type(KeyCode.ENTER);
        assertEquals(ContractFormViewModelTest.ORDERS.replace("version: 1.1.0 #", "version: 1.2.0 #"), buffer);
        assertTrue(version.isFocused(), "the field keeps focus after its edit went through the text");
        assertEquals("1.2.0", version.getText());

        robot.interact(() -> view.show(FormSection.SCHEMA));
        @SuppressWarnings("unchecked")
        TableView<FormRow> table = robot.lookup("#formPropertiesTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        TableCell<?, ?> cell = robot.lookup("#formPropertiesTable .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null && "logicalType".equals(c.getTableColumn().getId())
                        && c.getIndex() == 1)
                .queryAs(TableCell.class);
        assertEquals("number", cell.getItem());
        robot.doubleClickOn(cell);
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = (ComboBox<String>) cell.getGraphic();
        robot.interact(combo::show); // a robot click on the cell's combo does not open it under the headless Monocle
        ListCell<?> choice = robot.listWindows().stream().filter(w -> w != view.getScene().getWindow())
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".list-cell")
                        .match((ListCell<?> c) -> "integer".equals(c.getText())).queryAll().stream())
                .map(n -> (ListCell<?>) n).findFirst().orElseThrow(() -> new AssertionError("no 'integer' in the open list"));
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();

        String expected = ContractFormViewModelTest.ORDERS.replace("version: 1.1.0 #", "version: 1.2.0 #")
                .replace("        logicalType: number\n", "        logicalType: integer\n");
        assertEquals(expected, buffer);
        assertEquals(1, table.getSelectionModel().getSelectedIndex(), "the row stays selected after the round trip");
    }

    @Test
    void aTypedCellIsKeptWhenTheUserClicksElsewhereAndAddedPropertiesAppear(FxRobot robot) {
        robot.interact(() -> view.show(FormSection.SCHEMA));
        @SuppressWarnings("unchecked")
        TableView<FormRow> table = robot.lookup("#formPropertiesTable").queryAs(TableView.class);
        TableCell<?, ?> cell = robot.lookup("#formPropertiesTable .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null && "physicalType".equals(c.getTableColumn().getId())
                        && c.getIndex() == 2)
                .queryAs(TableCell.class);
        robot.doubleClickOn(cell);
        robot.write("timestamptz");
        robot.clickOn("#formObjectPhysicalName");
        String expected = ContractFormViewModelTest.ORDERS.replace("        description: 'When the customer pressed \"buy\".'\n",
                "        description: 'When the customer pressed \"buy\".'\n        physicalType: timestamptz\n");
        assertEquals(expected, buffer);

        robot.clickOn("#formAddProperty");
        assertEquals(4, table.getItems().size());
        assertEquals("new_property", table.getItems().get(3).value("name"));
        assertTrue(buffer.contains("      - name: placed_at\n"), buffer);
        assertTrue(buffer.contains("        physicalType: timestamptz\n      - name: new_property\n        logicalType: string\n"),
                buffer);
    }

    @Test
    void sectionsAreBuiltOnlyWhenShown(FxRobot robot) {
        assertEquals(EnumSet.of(FormSection.FUNDAMENTALS), view.builtSections());
        robot.interact(() -> view.show(FormSection.SLA));
        assertEquals(EnumSet.of(FormSection.FUNDAMENTALS, FormSection.SLA), view.builtSections());
        assertTrue(robot.lookup("#formSlaTable").tryQuery().isPresent());
        assertFalse(robot.lookup("#formPropertiesTable").tryQuery().isPresent());
    }

    @Test
    void aBrokenTextGreysTheFormOutWithTheLineToFix(FxRobot robot) {
        robot.interact(() -> vm.setText(buffer.replace("name: Orders", "name: [Orders")));
        Message note = robot.lookup("#formProblem").queryAs(Message.class);
        assertTrue(note.isVisible());
        assertTrue(note.getDescription().startsWith("Fix the YAML error at line "), note.getDescription());
        TextField name = robot.lookup("#formName").queryAs(TextField.class);
        assertTrue(name.isDisabled());
        assertEquals("Orders", name.getText());
        snapshot(robot, "light-error");
        robot.interact(() -> vm.setText(buffer));
        assertFalse(note.isVisible());
        assertFalse(name.isDisabled());
    }

    @Test
    void snapshotsInLightAndDarkThemes(FxRobot robot) throws IOException {
        for (var theme : java.util.List.of(new PrimerLight(), new PrimerDark())) {
            String name = theme instanceof PrimerDark ? "dark" : "light";
            robot.interact(() -> Application.setUserAgentStylesheet(theme.getUserAgentStylesheet()));
            for (FormSection s : FormSection.values()) {
                robot.interact(() -> view.show(s));
                if (s == FormSection.SCHEMA) {
                    @SuppressWarnings("unchecked")
                    TableView<FormRow> t = robot.lookup("#formPropertiesTable").queryAs(TableView.class);
                    robot.interact(() -> t.getSelectionModel().select(1));
                }
                Path file = snapshot(robot, name + "-" + s.name().toLowerCase(java.util.Locale.ROOT));
                assertTrue(Files.size(file) > 5_000, file + " looks empty");
            }
        }
    }

    private Path snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(view.getScene().snapshot(null)));
        WritableImage img = image.get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(SNAPSHOTS);
            Path file = SNAPSHOTS.resolve("form-" + name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
