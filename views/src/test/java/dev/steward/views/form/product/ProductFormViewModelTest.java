package dev.steward.views.form.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.mesh.MeshWorkspaceReader;
import dev.steward.model.mesh.completion.MeshNames;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.text.TextEdit;
import dev.steward.views.form.ColumnSpec;
import dev.steward.views.form.FormRow;
import dev.steward.views.form.RowsModel;
import dev.steward.views.form.product.ProductFormViewModel.Fundamental;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Form edits of a data product become minimal edits of its YAML: comments and layout survive. */
class ProductFormViewModelTest {

    static final MeshNames SAMPLE = MeshNames.of(MeshWorkspaceReader.read(
            Path.of("../resources/src/main/resources/dev/steward/resources/sample")));

    static final String ODPS = """
            # The shop's insights, for marketing
            apiVersion: v1.0.0
            kind: DataProduct
            id: shop-insights # stable, used by consumers
            name: Shop Insights
            status: draft
            domain: sales
            team:
              name: Sales Analytics
            inputPorts:
              # what we read
              - name: orders
                version: 1.0.0
                contractId: 5f2e8c41-9d3a-4b67-a1c0-2e4f6a8b9c31
            outputPorts:
              - name: insights
                version: 1.0.0
                contractId: customer-360 # to be replaced
            """;

    static final String DPS = """
            dataProductSpecification: 0.0.1
            id: stock
            info:
              title: Stock
              owner: fulfillment
            outputPorts:
              - id: stock_v1
                name: Stock (v1)
                containsPii: false # checked 2025
            """;

    String text;
    final List<List<TextEdit>> sent = new ArrayList<>();
    ProductFormViewModel vm;

    @BeforeEach
    void open() {
        text = ODPS;
        vm = new ProductFormViewModel(edits -> {
            sent.add(edits);
            text = TextEdit.applyAll(text, edits);
        }, () -> SAMPLE);
        vm.setText(text);
    }

    void reopen(String yaml) {
        text = yaml;
        vm.setText(yaml);
    }

    static FormRow row(RowsModel rows, int i) {
        return rows.rows().get(i);
    }

    @Test
    void fundamentalsReadFromTheTextAndAnEditChangesOnlyThatValue() {
        assertEquals(ProductStandard.ODPS, vm.standard());
        assertEquals("Shop Insights", vm.value(Fundamental.NAME));
        assertEquals("Sales Analytics", vm.value(Fundamental.OWNER));
        vm.edit(Fundamental.NAME, "Shop Insights EU");
        assertEquals(1, sent.size());
        assertEquals(ODPS.replace("name: Shop Insights", "name: Shop Insights EU"), text, "every comment and line kept");
        vm.edit(Fundamental.STATUS, "active");
        assertTrue(text.contains("status: active\n") && text.contains("id: shop-insights # stable, used by consumers"), text);
    }

    @Test
    void anUnchangedValueWritesNothing() {
        vm.edit(Fundamental.DOMAIN, "sales");
        assertTrue(sent.isEmpty(), sent.toString());
    }

    @Test
    void theContractOfAnOutputPortIsAChoiceOfTheWorkspacesContractsAndAPickKeepsTheComment() {
        RowsModel outputs = vm.outputPorts();
        ColumnSpec contract = outputs.column("contractId");
        assertTrue(contract.choices().containsAll(List.of("customer-360", "7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11")),
                contract.choices().toString());
        assertEquals("customer-360", row(outputs, 0).value("contractId"));

        vm.form().editCell(outputs, row(outputs, 0), contract, "7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11");
        assertEquals(ODPS.replace("contractId: customer-360 # to be replaced",
                "contractId: 7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11 # to be replaced"), text);
        assertEquals("7d0c3f52-2b8e-4a1f-9a35-0f6f1e2c4b11", row(vm.outputPorts(), 0).value("contractId"));
    }

    @Test
    void inputPortsOfferFirstTheContractsOtherProductsPromise() {
        List<String> offered = vm.inputPorts().column("contractId").choices();
        List<String> promised = SAMPLE.products().stream().flatMap(p -> p.outputPorts().values().stream())
                .filter(c -> c != null).distinct().toList();
        assertEquals(promised, offered.subList(0, promised.size()));
        assertEquals("orders", row(vm.inputPorts(), 0).value("name"));
    }

    @Test
    void addingAndRemovingPortsKeepsTheRestOfTheFile() {
        vm.form().addItem(ProductFormViewModel.OUTPUT_PORTS, vm.newOutputPort());
        assertEquals(2, vm.outputPorts().rows().size());
        assertEquals("output", row(vm.outputPorts(), 1).value("name"));
        assertTrue(text.startsWith(ODPS.stripTrailing()), text);

        vm.form().removeItem(ProductFormViewModel.INPUT_PORTS, 0);
        assertEquals(0, vm.inputPorts().rows().size());
        assertTrue(text.contains("# The shop's insights, for marketing") && text.contains("# to be replaced"), text);
    }

    @Test
    void aDpsProductIsEditedAtItsOwnPathsAndThePiiFlagIsABoolean() {
        reopen(DPS);
        assertEquals(ProductStandard.DPS, vm.standard());
        assertEquals("Stock", vm.value(Fundamental.NAME));
        assertEquals("fulfillment", vm.value(Fundamental.OWNER));
        assertEquals("", vm.value(Fundamental.VERSION), "DPS has no product version");

        vm.edit(Fundamental.NAME, "Stock levels");
        assertTrue(text.contains("  title: Stock levels\n"), text);
        RowsModel outputs = vm.outputPorts();
        vm.form().editCell(outputs, row(outputs, 0), outputs.column("containsPii"), "true");
        assertTrue(text.contains("containsPii: true # checked 2025"), text);
        assertTrue(vm.outputColumns().stream().anyMatch(c -> c.key().equals("dataContractId")));
        assertTrue(vm.inputColumns().getLast().key().equals("type")
                && vm.inputPorts().column("sourceSystemId").choices().contains("customer-360"));
    }

    @Test
    void choicesComeFromTheStandardAndTheWorkspace() {
        assertEquals(List.of("proposed", "draft", "active", "deprecated", "retired"), vm.choices(Fundamental.STATUS));
        assertEquals(List.of("sales", "customer", "finance"), vm.choices(Fundamental.DOMAIN));
        assertFalse(vm.choices(Fundamental.SPEC_VERSION).isEmpty());
        assertEquals("v1.0.0", vm.choices(Fundamental.SPEC_VERSION).getFirst());
    }

    @Test
    void whileTheYamlIsBrokenTheFormRefusesEdits() {
        reopen(ODPS + "outputPorts: [\n");
        assertFalse(vm.form().editableProperty().get());
        vm.edit(Fundamental.NAME, "Other");
        assertTrue(sent.isEmpty());
    }
}
