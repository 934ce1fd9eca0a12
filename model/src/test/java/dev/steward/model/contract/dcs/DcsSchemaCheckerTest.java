package dev.steward.model.contract.dcs;

import static dev.steward.model.contract.CheckerAssertions.apply;
import static dev.steward.model.contract.CheckerAssertions.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.CheckerAssertions;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DcsSchemaCheckerTest {

    private final CheckerAssertions dcs = new CheckerAssertions(new DcsSchemaChecker()::check);

    private static final String HEAD = """
            dataContractSpecification: 1.2.1
            id: orders
            info:
              title: Orders
              version: 1.0.0
            """;

    private static String withField(String fieldLines) {
        return HEAD + """
                models:
                  orders:
                    type: table
                    fields:
                      order_id:
                """ + fieldLines.indent(8);
    }

    @Test
    void aCompleteContractWithExtensionKeysHasNoDiagnostics() {
        assertEquals(List.of(), dcs.check(withField("type: string\nrequired: true\nx-owner: sales\n")));
    }

    @Test
    void aKeyThatLooksLikeATypoIsAWarningWithARenameFix() {
        String text = withField("type: string\nrequried: true\n");
        Diagnostic d = dcs.single(text);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("dcs-unknown-key", d.rule());
        assertEquals("requried", covered(text, d));
        assertEquals(List.of(), dcs.check(apply(text, d.fixes().getFirst())));
    }

    @Test
    void aMisspeltRequiredKeyStaysAnErrorInAnOpenObject() {
        List<Diagnostic> all = dcs.check(HEAD.replace("  title: Orders", "  titel: Orders"));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), all.stream().map(Diagnostic::severity).toList(), all::toString);
        assertEquals("Missing required key 'title' in the info block", all.get(1).message());
    }

    @Test
    void fieldTypesAreAnEnumAndFlagsAreBooleans() {
        Diagnostic type = dcs.single(withField("type: tinyint\n"));
        assertEquals("dcs-enum", type.rule());
        assertTrue(type.message().startsWith("'tinyint' is not an allowed type; allowed: number, decimal"), type.message());
        Diagnostic flag = dcs.single(withField("type: int\nprimaryKey: 1\n"));
        assertEquals("'primaryKey' must be true or false, found an integer", flag.message());
    }

    @Test
    void missingRequiredInfoKeyIsReportedOnTheInfoKeyWithAFix() {
        String text = HEAD.replace("  title: Orders\n", "");
        Diagnostic d = dcs.single(text);
        assertEquals("Missing required key 'title' in the info block", d.message());
        assertEquals("info", covered(text, d));
        assertEquals(List.of(), dcs.check(apply(text, d.fixes().getFirst())));
    }

    @Test
    void qualityChecksNeedTheFieldsOfTheirType() {
        Diagnostic d = dcs.single(withField("type: int\nquality:\n  - type: sql\n    mustBe: 0\n"));
        assertEquals("dcs-quality-missing-field", d.rule());
        assertTrue(d.message().startsWith("Missing required key 'query'"), d.message());
        assertEquals(List.of(), dcs.check(withField("type: int\nquality:\n  - type: library\n    metric: nullValues\n    mustBe: 0\n")));
    }

    @Test
    void serverTypesRequireTheirFieldsUpTo093() {
        String servers = "servers:\n  production:\n    type: s3\n    format: json\n";
        Diagnostic d = dcs.single(HEAD.replace("1.2.1", "0.9.3") + servers);
        assertEquals("dcs-server-missing-field", d.rule());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("Missing required key 'location': an s3 server needs location", d.message());
    }

    @Test
    void from110TheServerTypeRulesAreAdvisoryAsTheSchemaDoesNotEnforceThem() {
        Diagnostic d = dcs.single(HEAD + "servers:\n  production:\n    type: s3\n    format: json\n    delimiter: null\n");
        assertEquals("dcs-server-missing-field", d.rule());
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().startsWith("Missing key 'location': the standard describes location for an s3 server"),
                d.message());
    }

    @Test
    void modelNamesMustBeSimpleIdentifiers() {
        String text = HEAD + "models:\n  order lines:\n    type: table\n";
        Diagnostic d = dcs.single(text);
        assertEquals("dcs-pattern", d.rule());
        assertEquals("order lines", covered(text, d));
    }

    @Test
    void aNewerValueUnderAnOlderVersionIsAVersionConstruct() {
        String text = """
                dataContractSpecification: 0.9.1
                id: orders
                info:
                  title: Orders
                  version: 1.0.0
                quality:
                  type: great-expectations
                  specification: checks.json
                """;
        Diagnostic d = dcs.single(text);
        assertEquals("dcs-version-construct", d.rule());
        assertEquals("Bump dataContractSpecification to 0.9.3", d.fixes().getFirst().title());
        assertEquals(List.of(), dcs.check(apply(text, d.fixes().getFirst())));
    }

    @Test
    void aKeyRemovedByTheDeclaredVersionIsAWarning() {
        Diagnostic d = dcs.single(HEAD + "quality:\n  type: SodaCL\n  specification: checks.yaml\n");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("dcs-removed-key", d.rule());
        assertEquals("'quality' in the contract is a DCS 0.9.3 key that 1.2.1 no longer has; it is kept as an extension key",
                d.message());
    }

    @Test
    void anUnknownVersionListsTheSupportedOnes() {
        Diagnostic d = dcs.single(HEAD.replace("1.2.1", "2.0.0"));
        assertEquals("dcs-api-version", d.rule());
        assertTrue(d.message().endsWith("supported: 0.9.0, 0.9.1, 0.9.2, 0.9.3, 1.1.0, 1.2.0, 1.2.1"), d.message());
    }
}
