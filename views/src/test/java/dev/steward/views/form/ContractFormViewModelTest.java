package dev.steward.views.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.edit.YamlPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's view model, without the JavaFX toolkit: a String buffer plays the code editor. */
class ContractFormViewModelTest {
    static final String ORDERS = load();

    private final List<List<TextEdit>> received = new ArrayList<>();
    private String buffer = ORDERS;
    private ContractFormViewModel vm;

    static String load() {
        try (InputStream in = ContractFormViewModelTest.class.getResourceAsStream("orders.odcs.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void open() {
        vm = new ContractFormViewModel(edits -> {
            received.add(edits);
            buffer = TextEdit.applyAll(buffer, edits);
            vm.setText(buffer);
        });
        vm.setText(buffer);
    }

    @Test
    void editingTheNameSendsOneEditReplacingOnlyTheName() {
        assertEquals("Orders", vm.field(YamlPath.parse("name")).get());
        vm.edit(YamlPath.parse("name"), CellKind.TEXT, "Customer orders");
        assertEquals(1, received.size());
        int at = ORDERS.indexOf("name: Orders") + "name: ".length();
        assertEquals(List.of(new TextEdit(at, "Orders".length(), "Customer orders")), received.getFirst());
        assertEquals(ORDERS.replace("name: Orders", "name: Customer orders"), buffer);
        assertEquals("Customer orders", vm.field(YamlPath.parse("name")).get());
    }

    @Test
    void anUnchangedValueWritesNothing() {
        vm.edit(YamlPath.parse("version"), CellKind.TEXT, "1.1.0");
        vm.edit(YamlPath.parse("domain"), CellKind.TEXT, " checkout ");
        vm.edit(YamlPath.parse("missingKey"), CellKind.TEXT, "");
        assertTrue(received.isEmpty(), () -> "unexpected edits " + received);
    }

    @Test
    void aSyntaxErrorDisablesTheFormAndKeepsTheLastGoodValues() {
        String broken = ORDERS.replace("name: Orders", "name: [Orders");
        vm.setText(broken);
        assertFalse(vm.editableProperty().get());
        int line = (int) ORDERS.substring(0, ORDERS.indexOf("name: Orders")).lines().count() + 1;
        assertTrue(vm.problemProperty().get().startsWith("Fix the YAML error at line "), vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().endsWith(" to edit in the form"));
        assertTrue(Integer.parseInt(vm.problemProperty().get().replaceAll("\\D", "")) >= line);
        assertEquals("Orders", vm.field(YamlPath.parse("name")).get(), "last good state is still shown");

        vm.edit(YamlPath.parse("version"), CellKind.TEXT, "9.9.9");
        assertTrue(received.isEmpty(), "the form must not write over a text it could not read");

        vm.setText(ORDERS);
        assertTrue(vm.editableProperty().get());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void aTopLevelListIsNotAContractForm() {
        vm.setText("- a\n- b\n");
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.problemProperty().get().contains("a list"), vm.problemProperty().get());
    }

    @Test
    void clearingAFieldRemovesTheKey() {
        vm.edit(YamlPath.parse("tenant"), CellKind.TEXT, "");
        assertFalse(buffer.contains("tenant:"));
        assertEquals(ORDERS.replace("tenant: ClimateQuantumInc\n", ""), buffer);
    }

    @Test
    void rowsAreUpdatedInPlaceSoTablesKeepTheirSelection() {
        RowsModel props = vm.properties(0);
        FormRow amount = props.rows().get(1);
        assertEquals("number", amount.value("logicalType"));
        vm.editCell(props, amount, props.column("logicalType"), "integer");
        assertSame(amount, props.rows().get(1), "the same row object after the round trip");
        assertEquals("integer", amount.value("logicalType"));
        assertEquals(ORDERS.replace("        logicalType: number\n", "        logicalType: integer\n"), buffer);
    }

    @Test
    void booleanAndNumberCellsWritePlainValuesAndBadNumbersAreRefused() {
        RowsModel props = vm.properties(0);
        FormRow placedAt = props.rows().get(2);
        vm.editCell(props, placedAt, props.column("required"), "true");
        vm.editCell(props, placedAt, props.column("primaryKeyPosition"), "2");
        assertTrue(buffer.contains("        description: 'When the customer pressed \"buy\".'\n        required: true\n"
                + "        primaryKeyPosition: 2\n"), buffer);
        int before = received.size();
        vm.editCell(props, placedAt, props.column("primaryKeyPosition"), "two");
        assertEquals(before, received.size());
        assertTrue(vm.editErrorProperty().get().contains("whole number"), vm.editErrorProperty().get());
    }

    @Test
    void aRuleOperatorIsRenamedAndItsValueKept() {
        QualityTarget amount = vm.qualityTargets().stream().filter(t -> t.label().equals("orders.amount")).findFirst().orElseThrow();
        RowsModel rules = vm.qualityRules(amount);
        FormRow rule = rules.rows().getFirst();
        assertEquals("mustBe", rule.value("operator"));
        assertEquals("0", rule.value("value"));
        vm.editCell(rules, rule, rules.column("operator"), "mustBeLessThan");
        vm.editCell(rules, rule, rules.column("value"), "5");
        assertEquals(ORDERS.replace("            mustBe: 0\n            dimension: completeness",
                "            mustBeLessThan: 5\n            dimension: completeness"), buffer);
    }

    @Test
    void addingASchemaObjectAppendsAndSelectsIt() {
        vm.addSchemaObject();
        assertEquals(3, vm.schemaObjects().rows().size());
        assertEquals("new_object", vm.schemaObjects().rows().get(2).value("name"));
        assertEquals(2, vm.selectedSchemaProperty().get());
        assertTrue(new YamlParser().parse(buffer).problems().isEmpty());
        vm.addProperty(2);
        assertEquals("new_property", vm.properties(2).rows().getFirst().value("name"));
        vm.addProperty(2);
        assertEquals("new_property_2", vm.properties(2).rows().get(1).value("name"));
    }

    @Test
    void removingTheSelectedObjectMovesTheSelection() {
        vm.selectedSchemaProperty().set(1);
        vm.removeItem(ContractFormViewModel.SCHEMA, 1);
        assertEquals(1, vm.schemaObjects().rows().size());
        assertEquals(0, vm.selectedSchemaProperty().get());
    }

    @Test
    void teamMembersComeFromEitherTeamShape() {
        assertEquals(List.of("mhopper", "kvogel"), vm.teamMembers().rows().stream().map(r -> r.value("username")).toList());
        vm.setText("team:\n  - username: a\n    role: owner\n");
        assertTrue(vm.teamIsList());
        assertEquals(List.of("a"), vm.teamMembers().rows().stream().map(r -> r.value("username")).toList());
    }

    @Test
    void aSinkThatAppliesLaterStillGetsEditsAgainstTheRightText() {
        List<List<TextEdit>> queued = new ArrayList<>();
        ContractFormViewModel late = new ContractFormViewModel(queued::add);
        late.setText(ORDERS);
        late.edit(YamlPath.parse("name"), CellKind.TEXT, "Customer orders");
        late.edit(YamlPath.parse("version"), CellKind.TEXT, "2.0.0");
        String text = ORDERS;
        for (List<TextEdit> edits : queued) {
            text = TextEdit.applyAll(text, edits);
        }
        assertEquals(ORDERS.replace("name: Orders", "name: Customer orders").replace("version: 1.1.0", "version: 2.0.0"), text);
        late.setText(text);
        assertEquals("2.0.0", late.field(YamlPath.parse("version")).get());
    }

    @Test
    void anEmptyFileIsFilledFromTheForm() {
        buffer = "";
        vm.setText(buffer);
        assertTrue(vm.editableProperty().get());
        vm.edit(YamlPath.parse("name"), CellKind.TEXT, "Orders");
        vm.edit(YamlPath.parse("description.purpose"), CellKind.TEXT, "Sales reporting");
        assertEquals("name: Orders\ndescription:\n  purpose: Sales reporting\n", buffer);
    }

    @Test
    void theFirstRuleOfAPropertyCreatesItsQualityList() {
        QualityTarget orderId = vm.qualityTargets().stream().filter(t -> t.label().equals("orders.order_id")).findFirst().orElseThrow();
        RowsModel rules = vm.qualityRules(orderId);
        assertTrue(rules.rows().isEmpty());
        vm.addItem(rules.listPath(), dev.steward.model.yaml.edit.YamlValue.strings("type", "library", "metric", "duplicateValues"));
        assertEquals(ORDERS.replace("        # unique across all regions\n        unique: true\n",
                "        # unique across all regions\n        unique: true\n        quality:\n          - type: library\n"
                        + "            metric: duplicateValues\n"), buffer);
        assertEquals("duplicateValues", rules.rows().getFirst().value("metric"));
    }

    @Test
    void slaValuesAreWrittenAsNumbersWhenTheyAreNumbers() {
        RowsModel sla = vm.slaProperties();
        vm.editCell(sla, sla.rows().getFirst(), sla.column("value"), "12");
        vm.editCell(sla, sla.rows().get(1), sla.column("value"), "3 years");
        assertEquals(ORDERS.replace("  value: 4\n", "  value: 12\n").replace("  value: 3\n", "  value: 3 years\n"), buffer);
    }
}
