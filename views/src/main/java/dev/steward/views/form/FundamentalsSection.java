package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Identity and description of the contract: apiVersion, id, name, version, status, domain, purpose... */
final class FundamentalsSection {
    private FundamentalsSection() {
    }

    static Node build(ContractFormViewModel vm) {
        VBox page = FormLayout.page("Fundamentals", "Who this contract is, and what the data is for.");
        GridPane grid = FormLayout.grid();
        FormLayout.row(grid, "API version", text(vm, "formApiVersion", "apiVersion"));
        FormLayout.row(grid, "ID", text(vm, "formId", "id"));
        FormLayout.row(grid, "Name", text(vm, "formName", "name"));
        FormLayout.row(grid, "Version", text(vm, "formVersion", "version"));
        FormLayout.row(grid, "Status", BoundChoice.create(vm, "formStatus", YamlPath.parse("status"), FormChoices.STATUS));
        FormLayout.row(grid, "Domain", text(vm, "formDomain", "domain"));
        FormLayout.row(grid, "Data product", text(vm, "formDataProduct", "dataProduct"));
        FormLayout.row(grid, "Tenant", text(vm, "formTenant", "tenant"));
        FormLayout.heading(grid, "Description");
        FormLayout.row(grid, "Purpose", area(vm, "formPurpose", "description.purpose"));
        FormLayout.row(grid, "Usage", area(vm, "formUsage", "description.usage"));
        FormLayout.row(grid, "Limitations", area(vm, "formLimitations", "description.limitations"));
        grid.setMaxWidth(860);
        page.getChildren().add(grid);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextField text(ContractFormViewModel vm, String id, String path) {
        TextField f = new TextField();
        BoundText.field(vm, f, id, YamlPath.parse(path));
        return f;
    }

    private static TextArea area(ContractFormViewModel vm, String id, String path) {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        BoundText.field(vm, a, id, YamlPath.parse(path));
        return a;
    }
}
