package dev.steward.model.mesh.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural checks of data product files: what the user sees, where, and the fixes offered. */
class ProductSchemaCheckerTest {

    private static final String ODPS = """
            apiVersion: v1.0.0
            kind: DataProduct
            id: orders
            status: active
            outputPorts:
              - name: orders
                version: 1.0.0
                contractId: orders
            """;

    private static final String DPS = """
            dataProductSpecification: 0.0.1
            id: orders
            info:
              title: Orders
              owner: shop
            outputPorts:
              - id: orders_v1
                name: Orders
                containsPii: false
            """;

    private static List<Diagnostic> check(String text, ProductStandard standard) {
        return new ProductSchemaChecker().check(new YamlParser().parse(Path.of("p.yaml"), text), standard);
    }

    private static String at(String text, Diagnostic d) {
        return text.substring(d.range().startOffset(), d.range().endOffset());
    }

    private static String apply(String text, TextEdit e) {
        return text.substring(0, e.offset()) + e.replacement() + text.substring(e.offset() + e.length());
    }

    @Test
    void validFilesOfBothStandardsHaveNoProblem() {
        assertEquals(List.of(), check(ODPS, ProductStandard.ODPS));
        assertEquals(List.of(), check(DPS, ProductStandard.DPS));
    }

    @Test
    void aMisspeltOdpsKeyIsAnErrorWithARenameFix() {
        String text = ODPS.replace("    contractId: orders", "    contractID: orders");
        Diagnostic d = check(text, ProductStandard.ODPS).getFirst();
        assertEquals("product-unknown-key", d.rule());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("contractID", at(text, d));
        assertEquals("Unknown key 'contractID' in an output port; did you mean 'contractId'?", d.message());
        assertEquals(ODPS, apply(text, d.fixes().getFirst().edits().getFirst()));
    }

    @Test
    void aMissingRequiredKeyNamesTheObjectAndOffersTheKey() {
        String text = ODPS.replace("status: active\n", "");
        Diagnostic d = check(text, ProductStandard.ODPS).getFirst();
        assertEquals("product-required-key", d.rule());
        assertEquals("Missing required key 'status' in the data product", d.message());
        assertTrue(apply(text, d.fixes().getFirst().edits().getFirst()).contains("status: draft"));
    }

    @Test
    void kindMustBeDataProduct() {
        String text = ODPS.replace("kind: DataProduct", "kind: DataProdcut");
        // recognised as no product any more; checked as ODPS anyway it says what is allowed
        Diagnostic d = check(text, ProductStandard.ODPS).getFirst();
        assertEquals("product-enum", d.rule());
        assertEquals("'DataProdcut' is not an allowed kind; allowed: DataProduct. Did you mean 'DataProduct'?", d.message());
    }

    @Test
    void anUnsupportedApiVersionSaysWhichAreSupported() {
        Diagnostic d = check(ODPS.replace("v1.0.0", "v2.0.0"), ProductStandard.ODPS).getFirst();
        assertEquals("product-api-version", d.rule());
        assertEquals("apiVersion 'v2.0.0' is not a supported Bitol ODPS version; supported: v0.9.0, v1.0.0", d.message());
    }

    @Test
    void theDeprecatedVersionIsAWarningWithABump() {
        String text = ODPS.replace("v1.0.0", "v0.9.0");
        List<Diagnostic> found = check(text, ProductStandard.ODPS);
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.getFirst();
        assertEquals("product-deprecated-version", d.rule());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(ODPS, apply(text, d.fixes().getFirst().edits().getFirst()));
    }

    @Test
    void aWrongTypeSaysWhatIsExpected() {
        String text = DPS.replace("containsPii: false", "containsPii: maybe");
        Diagnostic d = check(text, ProductStandard.DPS).getFirst();
        assertEquals("product-type", d.rule());
        assertEquals("'containsPii' must be true or false, found a string", d.message());
        assertEquals("maybe", at(text, d));
    }

    @Test
    void dpsAllowsExtensionKeysButWarnsAboutLikelyTypos() {
        String text = DPS.replace("    containsPii: false", "    containsPII: false\n    myTeamKey: x");
        List<Diagnostic> found = check(text, ProductStandard.DPS);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.WARNING, found.getFirst().severity());
        assertTrue(found.getFirst().message().contains("did you mean 'containsPii'?"), found.getFirst().message());
    }

    @Test
    void dpsRequiresTheOwnerTeamAndWarnsAboutTheDeprecatedLocation() {
        String text = DPS.replace("  owner: shop\n", "").replace("    containsPii: false", "    location: s3://x");
        List<Diagnostic> found = check(text, ProductStandard.DPS);
        assertEquals(List.of("product-required-key", "product-deprecated"), found.stream().map(Diagnostic::rule).toList());
        assertEquals("Missing required key 'owner' in the info block", found.getFirst().message());
        assertEquals("'location' is deprecated in Data Product Specification 0.0.1: use the fields of 'server' instead",
                found.get(1).message());
    }

    @Test
    void aDpsFileWithoutVersionIsAWarningWithAFixThatDeclaresIt() {
        String text = DPS.replace("dataProductSpecification: 0.0.1\n", "");
        Diagnostic d = check(text, ProductStandard.DPS).getFirst();
        assertEquals("product-version-missing", d.rule());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(DPS, apply(text, d.fixes().getFirst().edits().getFirst()));
    }

    @Test
    void anOdpsProductWithoutOutputPortIsAWarning() {
        String text = ODPS.substring(0, ODPS.indexOf("outputPorts:"));
        List<Diagnostic> found = check(text, ProductStandard.ODPS);
        assertEquals(List.of("product-no-output-port"), found.stream().map(Diagnostic::rule).toList());
        assertEquals(Severity.WARNING, found.getFirst().severity());
        assertEquals("id", at(text, found.getFirst()));
    }

    @Test
    void aRepeatedPortKeyIsAWarningButANewVersionIsAnotherPort() {
        String twice = ODPS + "  - name: orders\n    version: 1.0.0\n";
        List<Diagnostic> found = check(twice, ProductStandard.ODPS);
        assertEquals(List.of("product-duplicate-port"), found.stream().map(Diagnostic::rule).toList());
        assertEquals(9, found.getFirst().line());
        assertTrue(found.getFirst().message().startsWith("Port 'orders' 1.0.0 appears twice in outputPorts"));
        assertEquals(List.of(), check(ODPS + "  - name: orders\n    version: 2.0.0\n", ProductStandard.ODPS));
    }

    @Test
    void aDocumentThatIsNoMappingSaysWhatAProductLooksLike() {
        Diagnostic d = check("- a\n- b\n", ProductStandard.ODPS).getFirst();
        assertEquals("product-type", d.rule());
        assertEquals("A data product must be a mapping of keys (apiVersion, kind, id, status, ...), found a list", d.message());
    }
}
