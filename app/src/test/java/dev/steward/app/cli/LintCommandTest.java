package dev.steward.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    static final String ODCS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            name: Orders
            version: 1.0.0
            status: active
            team:
              name: sales-data
              members:
                - username: ada
            """;
    static final String DCS = """
            dataContractSpecification: 1.2.1
            id: customers
            info:
              title: Customers
              version: 1.0.0
              owner: customer-team
            """;
    static final String BROKEN = """
            apiVersion: v3.1.0
            kind: DataContract
            id: broken
            name: Orders: latest
            status: active
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path odcs = write("contracts/orders.odcs.yaml", ODCS);
        Path dcs = write("contracts/legacy/customers.yaml", DCS);
        Path broken = write("contracts/broken.yaml", BROKEN);
        write("contracts/docker-compose.yml", "services: {}\n");

        CliRun run = CliRun.of("lint", "--format", "json", dir.resolve("contracts").toString());

        assertEquals(1, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of("files", "diagnostics", "errors", "warnings"), fieldNames(json));
        List<String> files = new ArrayList<>();
        for (JsonNode f : json.get("files")) {
            assertEquals(Set.of("path", "kind"), fieldNames(f));
            files.add(f.get("path").asText() + "=" + f.get("kind").asText());
        }
        assertEquals(List.of(broken + "=odcs", dcs + "=dcs", odcs + "=odcs"), files);
        assertEquals(1, json.get("diagnostics").size());
        JsonNode d = json.get("diagnostics").get(0);
        assertEquals(Set.of("path", "line", "column", "severity", "rule", "message"), fieldNames(d));
        assertEquals(broken.toString(), d.get("path").asText());
        assertEquals(4, d.get("line").asInt());
        assertEquals(13, d.get("column").asInt());
        assertEquals("error", d.get("severity").asText());
        assertEquals("yaml-syntax", d.get("rule").asText());
        assertTrue(d.get("message").asText().contains("must be quoted"), d.toString());
        assertEquals(1, json.get("errors").asInt());
        assertEquals(0, json.get("warnings").asInt());
    }

    @Test
    void textOutputPrintsCompilerStyleLinesAndASummary() throws IOException {
        Path broken = write("broken.yaml", BROKEN);
        write("ok.yaml", ODCS);

        CliRun run = CliRun.of("lint", dir.toString());

        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(broken.toString()) + ":4:13: error \\[yaml-syntax\\] .+"),
                lines.get(0));
        assertEquals("2 files, 1 error, 0 warnings", lines.get(1));
        assertEquals("", run.err());
    }

    @Test
    void cleanContractsExitZeroAndFoldersAreSearchedRecursively() throws IOException {
        write("a/b/c/deep.yaml", ODCS);
        write("a/dcs.yml", DCS);
        write("a/target/ignored.yaml", BROKEN);
        write("a/.hidden/ignored.yaml", BROKEN);

        CliRun run = CliRun.of("lint", dir.resolve("a").toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("2 files, 0 errors, 0 warnings\n", run.out());
    }

    @Test
    void warningsAloneDoNotFail() throws IOException {
        write("two-docs.yaml", ODCS + "---\nsecond: document\n");

        CliRun run = CliRun.of("lint", "--format=json", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("warnings").asInt());
        assertEquals("yaml-multiple-documents", json.get("diagnostics").get(0).get("rule").asText());
    }

    @Test
    void aMissingPathExitsTwoWithAClearMessageAndNoStackTrace() throws IOException {
        write("ok.yaml", ODCS);
        Path missing = dir.resolve("no-such-folder");

        CliRun run = CliRun.of("lint", dir.resolve("ok.yaml").toString(), missing.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("steward lint: No such file or folder: " + missing + "\n", run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("1 file, 0 errors, 0 warnings\n", run.out(), "what exists is still linted");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(dir.resolve("latin1.yaml"),
                "apiVersion: v3.1.0\nkind: DataContract\nname: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("lint", dir.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains(":1:1: error [file-encoding] The file is not valid UTF-8"), run.out());
    }

    @Test
    void badUsageExitsTwo() {
        CliRun noPath = CliRun.of("lint");
        CliRun badFormat = CliRun.of("lint", "--format", "xml", dir.toString());
        CliRun unknownCommand = CliRun.of("frobnicate");

        assertEquals(2, noPath.exitCode(), noPath.toString());
        assertTrue(noPath.err().contains("PATH"), noPath.err());
        assertEquals(2, badFormat.exitCode(), badFormat.toString());
        assertTrue(badFormat.err().contains("xml"), badFormat.err());
        assertEquals(2, unknownCommand.exitCode(), unknownCommand.toString());
    }

    @Test
    void theNearestPolicyFileUpToTheRepositoryRootApplies() throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path contract = write("repo/contracts/sales/dup.yaml", ODCS + "name: Again\n");
        CliRun strict = CliRun.of("lint", contract.toString());
        write("repo/steward-policies.yaml", """
                policies:
                  - id: yaml-duplicate-key
                    severity: warning
                """);

        CliRun relaxed = CliRun.of("lint", contract.toString());

        assertEquals(1, strict.exitCode(), strict.toString());
        assertTrue(strict.out().contains("error [yaml-duplicate-key]"), strict.out());
        assertEquals(0, relaxed.exitCode(), relaxed.toString());
        assertTrue(relaxed.out().contains("warning [yaml-duplicate-key]"), relaxed.out());
    }

    @Test
    void problemsOfThePolicyFileAreReported() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("c.yaml", ODCS);
        Path policy = write("steward-policies.yaml", "policies:\n  - id: x\n    severity: loud\n");

        CliRun run = CliRun.of("lint", dir.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(policy + ":3:15: error [policy-invalid]"), run.out());
    }

    @Test
    void aFileNamedDirectlyThatIsNoContractIsSkippedWithANote() throws IOException {
        Path compose = write("compose.yaml", "services: {}\n");
        write("other/compose.yaml", "services: {}\n");

        CliRun run = CliRun.of("lint", compose.toString(), dir.resolve("other").toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("0 files, 0 errors, 0 warnings\n", run.out());
        assertEquals(1, run.err().lines().count(), "files found in folders are left alone: " + run.err());
        assertTrue(run.err().startsWith("steward lint: skipped " + compose + ": not a data contract"), run.err());
    }

    @Test
    void semanticLayerFilesAreLintedWithinTheirDbtProject() throws IOException {
        write("shop/dbt_project.yml", "name: shop\nmodel-paths: [\"models\"]\nseed-paths: [\"seeds\"]\n");
        write("shop/seeds/orders.csv", "order_id,ordered_at,amount\n1,2024-01-01,3.5\n");
        Path models = write("shop/models/orders.yml", """
                semantic_models:
                  - name: orders
                    model: ref('orders')
                    defaults:
                      agg_time_dimension: ordered_at
                    entities:
                      - name: order_id
                        type: primary
                    dimensions:
                      - name: ordered_at
                        type: time
                        type_params:
                          time_granularity: day
                    measures:
                      - name: order_total
                        agg: sum
                        expr: amout
                """);
        Path metrics = write("shop/models/metrics.yml", """
                metrics:
                  - name: revenue
                    label: Revenue
                    type: simple
                    type_params:
                      measure: order_totl
                """);

        CliRun run = CliRun.of("lint", "--format", "json", dir.resolve("shop").toString());

        assertEquals(1, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        Set<String> files = new TreeSet<>();
        json.get("files").forEach(f -> files.add(Path.of(f.get("path").asText()).getFileName() + "=" + f.get("kind").asText()));
        assertEquals(Set.of("metrics.yml=semantic", "orders.yml=semantic"), files);
        Set<String> found = new TreeSet<>();
        json.get("diagnostics").forEach(d -> found.add(Path.of(d.get("path").asText()).getFileName() + ":"
                + d.get("line").asInt() + " " + d.get("severity").asText() + " " + d.get("rule").asText()));
        assertTrue(found.contains(metrics.getFileName() + ":6 error semantic-unknown-measure"), found.toString());
        assertTrue(found.contains(models.getFileName() + ":17 error semantic-unknown-column"), found.toString());
    }

    @Test
    void theSampleWorkspaceListsItsDataProductsAndShowsOnlyItsDeliberateWarnings() throws IOException {
        Path sample = Path.of("../resources/src/main/resources/dev/steward/resources/sample").toAbsolutePath().normalize();

        CliRun run = CliRun.of("lint", "--format", "json", sample.toString());

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> products = new ArrayList<>();
        json.get("files").forEach(f -> {
            if (f.get("kind").asText().equals("dataproduct")) {
                products.add(sample.relativize(Path.of(f.get("path").asText()).toAbsolutePath()).toString().replace('\\', '/'));
            }
        });
        assertEquals(List.of("products/customer-360.odps.yaml", "products/customer-accounts.odps.yaml",
                "products/payments-ledger.odps.yaml", "products/product-catalogue.odps.yaml",
                "products/revenue-reporting.dataproduct.yaml", "products/web-shop-orders.odps.yaml"),
                products.stream().sorted().toList());
        List<String> found = new ArrayList<>();
        json.get("diagnostics").forEach(d -> found.add(sample.relativize(Path.of(d.get("path").asText()).toAbsolutePath())
                .toString().replace('\\', '/') + " " + d.get("severity").asText() + " " + d.get("rule").asText()));
        assertEquals(0, json.get("errors").asInt(), found.toString());
        assertTrue(found.contains("products/customer-360.odps.yaml warning mesh-cross-domain-dependencies"), found.toString());
        assertEquals(List.of("products/customer-360.odps.yaml warning mesh-cross-domain-dependencies"),
                found.stream().filter(f -> f.startsWith("products/")).toList(), "the one deliberate mesh warning");
    }
}
