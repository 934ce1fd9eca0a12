package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.dcs;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DCS contracts: models and fields are maps by name, {@code $ref}s are inlined, servicelevels judged. */
class DcsRulesTest {

    private static final String MODEL = "models:\n  orders:\n    type: table\n    fields:\n      amount:\n        type: decimal\n";

    @Test
    void fieldsAreComparedByNameWithTheirModelPath() {
        SemanticChange c = single(dcs(MODEL, MODEL.replace("type: decimal", "type: string")));
        assertRule(c, "property-type-changed", ChangeSeverity.BREAKING);
        assertEquals("models.orders.fields.amount.type", c.element());
        assertEquals("field `orders.amount` type decimal → string", c.message());
        assertEquals(Optional.of("contract:orders/orders/amount"), c.subject());
    }

    @Test
    void aFieldWrittenWithoutAttributesGainsThemOneByOne() {
        String bare = "models:\n  orders:\n    fields:\n      amount:\n";
        SemanticChange c = single(dcs(bare, bare + "        required: true\n"));
        assertRule(c, "required-added", ChangeSeverity.BREAKING);
        assertEquals("models.orders.fields.amount.required", c.element());
    }

    @Test
    void aRemovedModelIsOneBreakingChange() {
        SemanticChange c = single(dcs(MODEL, "models: {}\n"));
        assertRule(c, "schema-object-removed", ChangeSeverity.BREAKING);
        assertEquals("models.orders", c.element());
    }

    @Test
    void aModelPrimaryKeyListChangeBreaks() {
        assertRule(single(dcs(MODEL + "    primaryKey: [amount]\n", MODEL + "    primaryKey: [id]\n")), "primary-key-changed",
                ChangeSeverity.BREAKING);
    }

    @Test
    void definitionsAreInlinedSoAChangedDefinitionShowsOnTheFieldsThatUseIt() {
        String field = "models:\n  orders:\n    fields:\n      email:\n        $ref: '#/definitions/email'\n";
        SemanticChange c = single(dcs(field + "definitions:\n  email:\n    type: string\n    format: email\n",
                field + "definitions:\n  email:\n    type: string\n    format: uri\n"));
        assertRule(c, "format-changed", ChangeSeverity.BREAKING);
        assertEquals("models.orders.fields.email.format", c.element());
    }

    @Test
    void aChangedRefIsAWarning() {
        String defs = "definitions:\n  a:\n    type: string\n  b:\n    type: string\n";
        SemanticChange c = single(dcs("models:\n  o:\n    fields:\n      f:\n        $ref: '#/definitions/a'\n" + defs,
                "models:\n  o:\n    fields:\n      f:\n        $ref: '#/definitions/b'\n" + defs));
        assertRule(c, "definition-ref-changed", ChangeSeverity.WARNING);
    }

    @Test
    void referencesAreRelationships() {
        String field = "models:\n  o:\n    fields:\n      c:\n        references: customers.id\n";
        assertRule(single(dcs(field, field.replace("customers.id", "clients.id"))), "relationship-changed", ChangeSeverity.WARNING);
    }

    @Test
    void serviceLevelsAreJudgedPerAttribute() {
        String levels = "servicelevels:\n  availability:\n    percentage: 99.9%\n  retention:\n    period: 1 year\n"
                + "  freshness:\n    threshold: 25h\n";
        List<SemanticChange> changes = dcs(levels, levels.replace("99.9%", "99%").replace("1 year", "2 years").replace("25h", "1h"));
        assertRule(ContractDiffs.at(changes, "servicelevels.availability.percentage"), "sla-worsened", ChangeSeverity.BREAKING);
        assertRule(ContractDiffs.at(changes, "servicelevels.retention.period"), "sla-improved", ChangeSeverity.INFO);
        assertRule(ContractDiffs.at(changes, "servicelevels.freshness.threshold"), "sla-improved", ChangeSeverity.INFO);
        assertRule(single(dcs(levels, levels.replace("  freshness:\n    threshold: 25h\n", ""))), "sla-removed", ChangeSeverity.BREAKING);
    }

    @Test
    void serversAreAMapByName() {
        String servers = "servers:\n  prod:\n    type: snowflake\n    account: a1\n    database: DB\n    schema: S\n";
        SemanticChange c = single(dcs(servers, servers.replace("account: a1", "account: a2")));
        assertRule(c, "server-connection-changed", ChangeSeverity.BREAKING);
        assertEquals("servers.prod.account", c.element());
    }

    @Test
    void infoOwnerIsTheTeamStatusIsAWarning() {
        assertRule(single(ContractDiffs.diff(ContractDiffs.DCS_HEAD + "info:\n  owner: a\n",
                ContractDiffs.DCS_HEAD + "info:\n  owner: b\n")), "team-changed", ChangeSeverity.INFO);
        SemanticChange status = single(ContractDiffs.diff(ContractDiffs.DCS_HEAD + "info:\n  status: active\n",
                ContractDiffs.DCS_HEAD + "info:\n  status: deprecated\n"));
        assertRule(status, "status-changed", ChangeSeverity.WARNING);
        assertEquals("info.status", status.element());
    }
}
