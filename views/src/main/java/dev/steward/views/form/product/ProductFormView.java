package dev.steward.views.form.product;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.views.form.BoundChoice;
import dev.steward.views.form.BoundText;
import dev.steward.views.form.FormLayout;
import dev.steward.views.form.ListSection;
import dev.steward.views.form.product.ProductFormViewModel.Fundamental;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form of a data product beside its YAML: fundamentals (id, name, domain, status, version, owner team),
 * the output ports with the contract each promises (a choice of the workspace's contracts) and, for DPS, the
 * PII flag, and the input ports with the contract they consume (ODPS) or the product they read from (DPS).
 * Each change is a minimal edit of the text; while the YAML does not parse the form is read-only and says
 * which line to fix. Built for the standard the text declares when the form is first shown.
 */
public final class ProductFormView extends BorderPane {

    private final ProductFormViewModel vm;

    public ProductFormView(ProductFormViewModel vm) {
        this.vm = vm;
        setId("productForm");
        getStyleClass().add("product-form");

        Message blocked = new Message("The form is read-only", "", new FontIcon(Feather.ALERT_TRIANGLE));
        blocked.setId("formProblem");
        blocked.getStyleClass().add(Styles.WARNING);
        blocked.descriptionProperty().bind(vm.form().problemProperty());
        blocked.visibleProperty().bind(vm.form().problemProperty().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());

        Label refused = new Label();
        refused.setId("formEditError");
        refused.getStyleClass().add(Styles.DANGER);
        refused.setWrapText(true);
        refused.textProperty().bind(vm.form().editErrorProperty());
        refused.visibleProperty().bind(vm.form().editErrorProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());

        ScrollPane content = new ScrollPane(page());
        content.setFitToWidth(true);
        content.disableProperty().bind(vm.form().editableProperty().not());
        VBox center = new VBox(blocked, content, refused);
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(center);
    }

    public ProductFormViewModel viewModel() {
        return vm;
    }

    private Node page() {
        ProductStandard standard = vm.standard();
        VBox page = FormLayout.page("Data product", standard.title() + ": who owns it, and what it consumes and offers.");
        GridPane grid = FormLayout.grid();
        FormLayout.row(grid, "ID", text("formProductId", Fundamental.ID));
        FormLayout.row(grid, "Name", text("formProductName", Fundamental.NAME));
        FormLayout.row(grid, "Domain", choice("formProductDomain", Fundamental.DOMAIN));
        FormLayout.row(grid, "Status", choice("formProductStatus", Fundamental.STATUS));
        if (Fundamental.VERSION.path(standard) != null) {
            FormLayout.row(grid, "Version", text("formProductVersion", Fundamental.VERSION));
        }
        FormLayout.row(grid, "Owner team", choice("formProductOwner", Fundamental.OWNER));
        FormLayout.row(grid, standard == ProductStandard.ODPS ? "API version" : "Specification",
                choice("formProductSpecVersion", Fundamental.SPEC_VERSION));
        grid.setMaxWidth(760);
        page.getChildren().add(grid);

        ListSection outputs = new ListSection(vm.form(), "productOutputPorts", "Output ports", vm.outputPorts(),
                "No output ports: a data product offers its data through at least one.", vm::newOutputPort);
        ListSection inputs = new ListSection(vm.form(), "productInputPorts", "Input ports", vm.inputPorts(),
                "No input ports", vm::newInputPort);
        outputs.table().table().setPrefHeight(180);
        inputs.table().table().setPrefHeight(180);
        page.getChildren().addAll(outputs.bar(), outputs.table().table(), inputs.bar(), inputs.table().table());
        return page;
    }

    private TextField text(String id, Fundamental field) {
        TextField f = new TextField();
        BoundText.field(vm.form(), f, id, path(field));
        return f;
    }

    private Node choice(String id, Fundamental field) {
        return BoundChoice.create(vm.form(), id, path(field), vm.choices(field));
    }

    private YamlPath path(Fundamental field) {
        return field.path(vm.standard());
    }
}
