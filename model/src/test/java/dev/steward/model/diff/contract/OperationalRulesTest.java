package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.odcs;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Servers, service levels, team, roles and support of an ODCS contract. */
class OperationalRulesTest {

    private static final String SERVER = "servers:\n  - server: prod\n    type: postgres\n    host: db1\n    port: 5432\n"
            + "    database: shop\n    schema: public\n";

    @Test
    void aServerConnectionChangeBreaks() {
        SemanticChange c = single(odcs(SERVER, SERVER.replace("host: db1", "host: db2")));
        assertRule(c, "server-connection-changed", ChangeSeverity.BREAKING);
        assertEquals("servers.prod.host", c.element());
        assertEquals("server `prod` host db1 → db2", c.message());
        assertRule(single(odcs(SERVER, SERVER + "    description: main\n")), "server-changed", ChangeSeverity.INFO);
        assertRule(single(odcs(SERVER, SERVER + "    warehouse: wh\n")), "server-connection-added", ChangeSeverity.WARNING);
    }

    @Test
    void serversAreMatchedByNameAddedIsInfoRemovedBreaks() {
        String other = "  - server: dev\n    type: duckdb\n";
        assertRule(single(odcs(SERVER, SERVER + other)), "server-added", ChangeSeverity.INFO);
        assertRule(single(odcs(SERVER + other, SERVER)), "server-removed", ChangeSeverity.BREAKING);
        assertEquals(java.util.List.of(), odcs(SERVER + other, "servers:\n" + other + SERVER.substring("servers:\n".length())));
    }

    private static String sla(String property, String value, String unit) {
        return "slaProperties:\n  - property: " + property + "\n    value: " + value + "\n" + (unit == null ? "" : "    unit: " + unit + "\n");
    }

    @Test
    void aWorseServiceLevelBreaksABetterOneIsInfo() {
        SemanticChange worse = single(odcs(sla("latency", "1", "d"), sla("latency", "2", "d")));
        assertRule(worse, "sla-worsened", ChangeSeverity.BREAKING);
        assertEquals("slaProperties.latency.value", worse.element());
        assertEquals("SLA `latency` 1 d → 2 d (worse)", worse.message());
        assertRule(single(odcs(sla("freshness", "24h", null), sla("freshness", "1h", null))), "sla-improved", ChangeSeverity.INFO);
        assertRule(single(odcs(sla("availability", "'99.9%'", null), sla("availability", "'99.5%'", null))), "sla-worsened",
                ChangeSeverity.BREAKING);
        assertRule(single(odcs(sla("retention", "1", "y"), sla("retention", "3", "y"))), "sla-improved", ChangeSeverity.INFO);
    }

    @Test
    void aUnitChangeAloneIsJudgedWithTheValue() {
        assertRule(single(odcs(sla("latency", "4", "h"), sla("latency", "4", "d"))), "sla-worsened", ChangeSeverity.BREAKING);
    }

    @Test
    void aServiceLevelWithoutKnownDirectionIsAWarning() {
        assertRule(single(odcs(sla("generalAvailability", "2025-01-01", null), sla("generalAvailability", "2025-06-01", null))),
                "sla-changed", ChangeSeverity.WARNING);
        assertRule(single(odcs(sla("frequency", "daily", null), sla("frequency", "hourly", null))), "sla-changed", ChangeSeverity.WARNING);
    }

    @Test
    void serviceLevelsAreKeyedByPropertyAndElement() {
        String a = "slaProperties:\n  - property: latency\n    value: 1\n    unit: h\n    element: orders.a\n"
                + "  - property: latency\n    value: 1\n    unit: h\n    element: orders.b\n";
        SemanticChange removed = single(odcs(a, a.substring(0, a.indexOf("  - property: latency\n    value: 1\n    unit: h\n    element: orders.b"))));
        assertRule(removed, "sla-removed", ChangeSeverity.BREAKING);
        assertEquals("slaProperties.latency[orders.b]", removed.element());
        assertEquals(Optional.of("contract:orders/orders/b"), removed.subject());
        assertRule(single(odcs("", sla("latency", "1", "h"))), "sla-added", ChangeSeverity.INFO);
    }

    private static final String TEAM = "team:\n  name: sales-data\n  members:\n    - username: ann\n      role: owner\n";

    @Test
    void teamMembersAreKeyedByUsername() {
        SemanticChange removed = single(odcs(TEAM + "    - username: bob\n", TEAM));
        assertRule(removed, "team-member-removed", ChangeSeverity.WARNING);
        assertEquals("team.members.bob", removed.element());
        assertRule(single(odcs(TEAM, TEAM + "    - username: bob\n")), "team-member-added", ChangeSeverity.INFO);
        assertRule(single(odcs(TEAM, TEAM.replace("role: owner", "role: steward"))), "team-changed", ChangeSeverity.INFO);
        assertRule(single(odcs(TEAM, TEAM.replace("sales-data", "finance-data"))), "team-changed", ChangeSeverity.INFO);
    }

    @Test
    void theLegacyTeamListIsKeyedByUsernameToo() {
        String team = "team:\n  - username: ann\n";
        SemanticChange c = single(odcs(team, team + "  - username: bob\n"));
        assertRule(c, "team-member-added", ChangeSeverity.INFO);
        assertEquals("team.bob", c.element());
        assertEquals(Optional.of("contract:orders"), c.subject());
    }

    @Test
    void rolesAndAccessChangesAreWarnings() {
        String roles = "roles:\n  - role: analyst\n    access: read\n";
        assertRule(single(odcs(roles, roles.replace("read", "write"))), "access-changed", ChangeSeverity.WARNING);
        assertRule(single(odcs(roles, "roles: []\n")), "role-removed", ChangeSeverity.WARNING);
        assertRule(single(odcs(roles, roles + "  - role: admin\n")), "role-added", ChangeSeverity.INFO);
        SemanticChange approver = single(odcs(roles + "    firstLevelApprovers: [ann, bob]\n", roles + "    firstLevelApprovers: [ann]\n"));
        assertRule(approver, "access-changed", ChangeSeverity.WARNING);
        assertEquals(Optional.of("bob"), approver.before());
    }

    @Test
    void supportChannelsAreInfo() {
        String support = "support:\n  - channel: '#orders'\n    url: https://slack/orders\n";
        SemanticChange c = single(odcs(support, support.replace("slack/orders", "slack/sales")));
        assertRule(c, "attribute-changed", ChangeSeverity.INFO);
        assertEquals("support.#orders.url", c.element());
        assertRule(single(odcs(support, "")), "support-changed", ChangeSeverity.INFO);
    }
}
