package dev.steward.model.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.org.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisation files: domains.yaml, GitOps teams and data usage agreements, and the dependencies they add. */
class OrganizationTest {

    private static final String AGREEMENT = """
            dataUsageAgreementSpecification: 0.0.1
            id: replenishment
            info:
              purpose: Shelf warmers are computed from stock updates
              status: approved
            provider:
              teamId: fulfillment
              dataProductId: stock
              outputPortId: stock_v1
            consumer:
              teamId: fulfillment
              dataProductId: warmers
            """;

    private static String dps(String id, String status, String contract) {
        return """
                dataProductSpecification: 0.0.1
                id: %s
                info:
                  title: %s
                  owner: fulfillment
                  status: %s
                outputPorts:
                  - id: %s_v1
                    name: %s
                    dataContractId: %s
                """.formatted(id, id, status, id, id, contract);
    }

    private static MeshFixture fulfillment(String stockStatus) {
        return new MeshFixture()
                .file("teams/fulfillment.yml", "id: fulfillment\nname: Fulfillment\ntype: Domain Team\nmembers:\n"
                        + "  - emailAddress: alice@example.com\n    role: Data Product Owner\n")
                .file("datacontracts/stock.yaml", "dataContractSpecification: 1.2.1\nid: stock\ninfo:\n  title: Stock\n"
                        + "  version: 1.0.0\n  owner: fulfillment\n")
                .file("datacontracts/warmers.yaml", "dataContractSpecification: 1.2.1\nid: warmers\ninfo:\n"
                        + "  title: Warmers\n  version: 1.0.0\n  owner: fulfillment\n")
                .file("dataproducts/stock.yml", dps("stock", stockStatus, "stock"))
                .file("dataproducts/warmers.yml", dps("warmers", "active", "warmers"))
                .file("datausageagreements/replenishment.yml", AGREEMENT);
    }

    @Test
    void gitOpsTeamsAndAgreementsAreRead() {
        MeshModel mesh = fulfillment("active").model();
        Team team = mesh.organization().team("fulfillment").orElseThrow();
        assertEquals(List.of(new Team.Member("alice@example.com", "Data Product Owner")), team.members());
        assertEquals("approved", mesh.organization().agreements().getFirst().status());
        Dependency d = mesh.dependencies().getFirst();
        assertEquals(List.of("warmers -> stock via USAGE_AGREEMENT"), mesh.dependencies().stream()
                .map(x -> x.consumer().id() + " -> " + x.provider().id() + " via " + x.via()).toList());
        assertEquals("stock_v1", d.contractId());
        assertEquals(List.of(), fulfillment("active").check(), "a consistent mesh");
    }

    @Test
    void anAgreementWithARetiredProviderIsReportedAtTheConsumersId() {
        MeshFixture ws = fulfillment("retired");
        List<Diagnostic> found = ws.check();
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.getFirst();
        assertEquals("mesh-deprecated-dependency", d.rule());
        assertEquals("warmers.yml", d.path().getFileName().toString());
        assertEquals(2, d.line(), "at the value of 'id'");
        assertTrue(d.message().contains("depends on 'stock' (a data usage agreement), which is retired"), d.message());
    }

    @Test
    void theBuilderSaysWhatEachFileIs() {
        MeshModelBuilder builder = new MeshModelBuilder();
        assertEquals(java.util.Optional.of(MeshModelBuilder.FileRole.ORGANIZATION),
                builder.add(MeshFixture.path("d/x.yaml"), AGREEMENT));
        assertEquals(java.util.Optional.of(MeshModelBuilder.FileRole.PRODUCT),
                builder.add(MeshFixture.path("p.yaml"), dps("stock", "active", "stock")));
        assertEquals(java.util.Optional.of(MeshModelBuilder.FileRole.CONTRACT),
                builder.add(MeshFixture.path("c.yaml"), "apiVersion: v3.1.0\nkind: DataContract\nid: c\n"));
        assertEquals(java.util.Optional.empty(), builder.add(MeshFixture.path("teams.yaml"), "name: x\n"));
    }

    @Test
    void aDomainsFileDeclaresDomainsAndTeamsAndNothingElseIsTakenForOne() {
        MeshModel mesh = new MeshFixture().file("domains.yaml", """
                domains:
                  - id: sales
                    name: Sales
                    parent: commerce
                teams:
                  - id: shop-data
                    name: Shop Data
                    domain: sales
                    members:
                      - username: mreyes
                        role: owner
                """).file("other.yaml", "domains: [a, b]\nowner: x\n").model();
        assertEquals(1, mesh.organization().domains().size());
        assertEquals("commerce", mesh.organization().domain("Sales").orElseThrow().parent());
        assertEquals("sales", mesh.organization().team("Shop Data").orElseThrow().domain());
        assertEquals("shop-data", mesh.organization().teamKey("SHOP DATA"));
        assertEquals("finance-data", mesh.organization().teamKey("Finance  Data"));
    }
}
