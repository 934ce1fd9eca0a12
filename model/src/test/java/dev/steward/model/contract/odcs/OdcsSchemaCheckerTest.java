package dev.steward.model.contract.odcs;

import static dev.steward.model.contract.CheckerAssertions.apply;
import static dev.steward.model.contract.CheckerAssertions.covered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.CheckerAssertions;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdcsSchemaCheckerTest {

    private final CheckerAssertions odcs = new CheckerAssertions(new OdcsSchemaChecker()::check);

    private static final String HEAD = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            version: 1.0.0
            status: active
            """;

    private static String withProperty(String propertyLines) {
        return HEAD + """
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                """ + propertyLines.indent(8);
    }

    @Test
    void aCompleteContractHasNoDiagnostics() {
        assertEquals(List.of(), odcs.check(withProperty("logicalType: string\nrequired: true\n")));
    }

    @Test
    void unknownKeyNamesTheCloseMatchAndItsFixRenamesTheKey() {
        String text = withProperty("logicalTyp: string\n");
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-unknown-key", d.rule());
        assertEquals("logicalTyp", covered(text, d));
        assertTrue(d.message().contains("Unknown key 'logicalTyp' in a schema property; did you mean 'logicalType'?"), d.message());
        String fixed = apply(text, d.fixes().getFirst());
        assertTrue(fixed.contains("        logicalType: string\n"), fixed);
        assertEquals(List.of(), odcs.check(fixed));
    }

    @Test
    void aMisspeltRequiredKeyIsOneProblemNotTwo() {
        String text = withProperty("logicalType: string\n").replace("      - name: order_id", "      - nmae: order_id");
        Diagnostic d = odcs.single(text);
        assertTrue(d.message().contains("did you mean 'name'?"), d.message());
        assertEquals(List.of(), odcs.check(apply(text, d.fixes().getFirst())));
    }

    @Test
    void isNullableIsRecognisedAndItsFixInvertsTheValue() {
        String text = withProperty("isNullable: true\n");
        Diagnostic d = odcs.single(text);
        assertTrue(d.message().contains("did you mean 'required' (with the opposite meaning)?"), d.message());
        String fixed = apply(text, d.fixes().getFirst());
        assertTrue(fixed.contains("required: false"), fixed);
        assertEquals(List.of(), odcs.check(fixed));
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheAllowedKeys() {
        Diagnostic d = odcs.single(HEAD + "colour: blue\n");
        assertTrue(d.message().startsWith("Unknown key 'colour' in the contract. Allowed keys: apiVersion, kind"), d.message());
        assertEquals(List.of(), d.fixes());
    }

    @Test
    void aKeyOfANestedObjectPlacedTooHighSaysWhereItBelongs() {
        Diagnostic d = odcs.single(withProperty("metric: nullValues\n"));
        assertTrue(d.message().startsWith("Unknown key 'metric' in a schema property; it is a key of a quality check,"
                + " under 'quality'. Allowed keys:"), d.message());
    }

    @Test
    void wrongTypeSaysWhatIsExpectedAndWhatWasFound() {
        String text = withProperty("required: \"true\"\n");
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-type", d.rule());
        assertEquals("\"true\"", covered(text, d));
        assertTrue(d.message().startsWith("'required' must be true or false, found a string"), d.message());
        assertEquals(List.of(), odcs.check(apply(text, d.fixes().getFirst())));
    }

    @Test
    void aWrongTypeOnAnObjectIsReportedOnceAndNotDescendedInto() {
        Diagnostic d = odcs.single(HEAD + "schema:\n  name: orders\n  properties: 3\n  colour: red\n");
        assertEquals("odcs-type", d.rule());
        assertEquals("'schema' must be a list, found a mapping", d.message());
    }

    @Test
    void enumValueOutsideTheListSuggestsTheCloseValue() {
        String text = withProperty("logicalType: strng\n");
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-enum", d.rule());
        assertEquals("strng", covered(text, d));
        assertTrue(d.message().startsWith("'strng' is not an allowed logicalType; allowed: string, date, timestamp"), d.message());
        assertTrue(apply(text, d.fixes().getFirst()).contains("logicalType: string\n"));
    }

    @Test
    void missingRequiredKeyIsFixedByInsertingItAtTheMappingIndentation() {
        String text = HEAD.replace("status: active\n", "") + "name: Orders\n";
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-required-key", d.rule());
        assertEquals("Missing required key 'status' in the contract", d.message());
        String fixed = apply(text, d.fixes().getFirst());
        assertTrue(fixed.endsWith("name: Orders\nstatus: draft\n"), fixed);
        assertEquals(List.of(), odcs.check(fixed));
    }

    @Test
    void missingKeyInAListItemPointsAtTheItemAndInsertsAtItsIndentation() {
        String text = HEAD + "servers:\n  - type: kafka\n    host: broker:9092\n";
        Diagnostic d = odcs.single(text);
        assertEquals("Missing required key 'server' in a server", d.message());
        assertEquals("type", covered(text, d));
    }

    @Test
    void serverTypesRequireTheirOwnFields() {
        String text = HEAD + "servers:\n  - server: prod\n    type: postgres\n    host: db\n    database: sales\n    schema: public\n";
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-server-missing-field", d.rule());
        assertEquals("Missing required key 'port': a postgres server needs host, port, database, schema", d.message());
        Diagnostic wrongKey = odcs.single(text.replace("    database: sales\n", "    database: sales\n    port: 5432\n    account: x\n"));
        assertTrue(wrongKey.message().startsWith("'account' is not allowed in this server: it belongs to"), wrongKey.message());
    }

    @Test
    void aServerWithoutTypeReportsOnlyTheMissingType() {
        Diagnostic d = odcs.single(HEAD + "servers:\n  - server: prod\n    host: db\n    port: 5432\n");
        assertEquals("Missing required key 'type' in a server", d.message());
    }

    @Test
    void qualityChecksNeedTheFieldsOfTheirType() {
        String sql = withProperty("quality:\n  - type: sql\n    mustBe: 0\n");
        assertEquals("Missing required key 'query': an SQL check (type: sql) needs query", odcs.single(sql).message());
        assertEquals("odcs-quality-missing-field", odcs.single(sql).rule());
        String custom = withProperty("quality:\n  - type: custom\n    engine: soda\n");
        assertTrue(odcs.single(custom).message().startsWith("Missing required key 'implementation'"));
        assertEquals(List.of(), odcs.check(withProperty("quality:\n  - type: sql\n    query: select 1\n    mustBe: 0\n")));
    }

    @Test
    void libraryAndSqlChecksTakeExactlyOneOperator() {
        String two = withProperty("quality:\n  - metric: nullValues\n    mustBe: 0\n    mustBeLessThan: 3\n");
        Diagnostic d = odcs.single(two);
        assertEquals("odcs-quality-operator-count", d.rule());
        assertEquals("mustBeLessThan", covered(two, d));
        Diagnostic none = odcs.single(withProperty("quality:\n  - metric: rowCount\n"));
        assertTrue(none.message().startsWith("This quality check has no operator"), none.message());
        assertEquals(List.of(), odcs.check(withProperty("quality:\n  - metric: nullValues\n    mustBe: 0\n")));
    }

    @Test
    void operatorsAreNotAllowedOnATextCheck() {
        String text = withProperty("quality:\n  - type: text\n    description: fine\n    mustBe: 1\n");
        Diagnostic d = odcs.single(text);
        assertTrue(d.message().startsWith("'mustBe' is not allowed in this quality check: it belongs to a library check"), d.message());
    }

    @Test
    void aPropertyRelationshipMustNotNameItsSource() {
        String text = withProperty("relationships:\n  - from: orders.order_id\n    to: customers.id\n");
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-relationship-from", d.rule());
        assertEquals("from", covered(text, d));
        assertEquals(List.of(), odcs.check(withProperty("relationships:\n  - to: customers.id\n")));
    }

    @Test
    void aLaterVersionConstructIsOneErrorWithABumpFix() {
        String text = HEAD.replace("v3.1.0", "v3.0.2") + "team:\n  name: sales\n  members:\n    - username: ada\n      dateIn: 2024-01-01\n";
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-version-construct", d.rule());
        assertTrue(d.message().contains("introduced in ODCS v3.1.0"), d.message());
        assertEquals("Bump apiVersion to v3.1.0", d.fixes().getFirst().title());
        String bumped = apply(text, d.fixes().getFirst());
        assertTrue(bumped.startsWith("apiVersion: v3.1.0\n"), bumped);
        assertEquals(List.of(), odcs.check(bumped));
    }

    @Test
    void newerLogicalTypesAndMetricsAreVersionConstructsUnderV302() {
        String timestamp = withProperty("logicalType: timestamp\n").replace("v3.1.0", "v3.0.2");
        Diagnostic d = odcs.single(timestamp);
        assertEquals("odcs-version-construct", d.rule());
        assertTrue(d.message().startsWith("logicalType 'timestamp' is not allowed under apiVersion v3.0.2; it was introduced"
                + " in ODCS v3.1.0. Allowed under v3.0.2: string, date, number"), d.message());
        String metric = withProperty("quality:\n  - metric: nullValues\n    mustBe: 0\n").replace("v3.1.0", "v3.0.2");
        Diagnostic m = odcs.single(metric);
        assertEquals("odcs-version-construct", m.rule());
        assertEquals("metric", covered(metric, m));
        assertEquals(List.of(), odcs.check(withProperty("quality:\n  - rule: nullCheck\n    mustBe: 0\n")
                .replace("v3.1.0", "v3.0.2")));
    }

    @Test
    void aConstructUsedManyTimesIsReportedOnceWithItsCount() {
        String text = (HEAD + "schema:\n  - name: a\n    properties:\n      - name: x\n        logicalType: timestamp\n"
                + "      - name: y\n        logicalType: timestamp\n      - name: z\n        logicalType: date\n")
                .replace("v3.1.0", "v3.0.2");
        Diagnostic d = odcs.single(text);
        assertTrue(d.message().endsWith("(used 2 times in this file; the first is marked)"), d.message());
        assertEquals(text.indexOf("timestamp"), d.range().startOffset());
    }

    @Test
    void anUnknownApiVersionListsTheSupportedOnes() {
        Diagnostic d = odcs.single(HEAD.replace("v3.1.0", "v4.0.0") + "colour: red\n");
        assertEquals("odcs-api-version", d.rule());
        assertEquals("apiVersion 'v4.0.0' is not a supported ODCS version; supported: v3.0.0, v3.0.1, v3.0.2, v3.1.0,"
                + " v3.2.0 (draft)", d.message());
    }

    @Test
    void deprecatedKeysAreWarningsNotErrors() {
        List<Diagnostic> all = odcs.check(HEAD + "dataProduct: sales\n");
        assertEquals(1, all.size());
        assertEquals(Severity.WARNING, all.getFirst().severity());
        assertEquals("odcs-deprecated", all.getFirst().rule());
    }

    @Test
    void theOldListFormOfTheTeamIsAWarningFromV31() {
        String text = HEAD + "team:\n  - username: ada\n";
        Diagnostic d = odcs.single(text);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("team", covered(text, d));
        assertEquals(List.of(), odcs.check(text.replace("v3.1.0", "v3.0.2")));
    }

    @Test
    void draftVersionAcceptsEnumsAndRejectsDuplicateValues() {
        String base = withProperty("logicalType: string\nenum:\n  - value: open\n  - value: closed\n").replace("v3.1.0", "v3.2.0");
        assertEquals(List.of(), odcs.check(base));
        Diagnostic dup = odcs.single(base.replace("value: closed", "value: open"));
        assertEquals("odcs-unique-items", dup.rule());
        Diagnostic construct = odcs.single(withProperty("logicalType: string\nenum:\n  - value: open\n"));
        assertEquals("odcs-version-construct", construct.rule());
        assertEquals("Bump apiVersion to v3.2.0", construct.fixes().getFirst().title());
    }

    @Test
    void theDraftExpectsAMapOnAPropertyWithoutLogicalTypeAndSaysSo() {
        Diagnostic d = odcs.single(withProperty("description: no type\n").replace("v3.1.0", "v3.2.0"));
        assertEquals("Missing required key 'map': a property without logicalType (the v3.2.0 draft schema then expects"
                + " a map; set a logicalType instead) needs map", d.message());
        assertEquals(List.of(), odcs.check(withProperty("description: no type\n")));
    }

    @Test
    void stableIdsMustMatchTheirPattern() {
        String text = withProperty("id: order id\n");
        Diagnostic d = odcs.single(text);
        assertEquals("odcs-pattern", d.rule());
        assertEquals("order id", covered(text, d));
    }
}
