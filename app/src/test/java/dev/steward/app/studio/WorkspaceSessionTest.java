package dev.steward.app.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.views.problems.ProblemsViewModel;
import dev.steward.views.workspace.WorkspaceEntry;
import dev.steward.views.workspace.WorkspaceTreeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace session without a screen: load the sample, then live edits reach the tree and the problems. */
class WorkspaceSessionTest {

    @TempDir
    Path temp;

    private final WorkspaceTreeViewModel tree = new WorkspaceTreeViewModel();
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final WorkspaceSession session = new WorkspaceSession(ArtifactLinter.standard(), tree, problems);

    /** Installs the sample workspace and shows it in {@link #session}. */
    private Path loadSample() throws java.io.IOException {
        Path sample = new SampleWorkspaceInstaller().installIfMissing(temp.resolve("sample"));
        session.show(session.load(sample));
        return sample;
    }

    @Test
    void sampleLoadsCleanAndLiveEditsShowUpEverywhere() throws Exception {
        Path sample = loadSample();

        var groups = tree.groupsProperty().get().byGroup();
        assertEquals(List.of("Customer 360", "Customers", "Daily Revenue", "Orders", "Payments", "Products"),
                groups.get("Data contracts").stream().map(WorkspaceEntry::title).toList());
        assertEquals(1, groups.get("DCS contracts").size());
        assertEquals(0, problems.errorsProperty().get(), () -> problems.visibleRows().toString());
        assertTrue(session.policy().levelOf("odcs-pii-unclassified").isPresent(), "the sample's policy file is read");

        Path orders = sample.resolve("contracts/orders.odcs.yaml");
        String broken = Files.readString(orders).replaceFirst("logicalType: string", "logicalType: strng");
        FileReport report = session.lintLive(orders, broken);
        session.publish(report);
        assertTrue(problems.visibleRows().stream().anyMatch(r -> r.file().equals(orders.toAbsolutePath().normalize())
                && r.diagnostic().severity() == Severity.ERROR && r.diagnostic().message().contains("strng")),
                () -> problems.visibleRows().toString());
        // the unknown type, and (against the committed contract) a type change without a new major version
        assertEquals(2, tree.entry(orders).orElseThrow().errors(), () -> report.diagnostics().toString());
        assertTrue(report.diagnostics().stream().anyMatch(d -> d.rule().equals("contract-version-not-bumped")),
                () -> report.diagnostics().toString());

        // a relationship into another contract is checked against the workspace index
        Path payments = sample.resolve("contracts/payments.odcs.yaml");
        String text = Files.readString(payments);
        assertTrue(text.contains("orders."), "the sample's payments contract refers to orders");
        FileReport clean = session.lintLive(payments, text);
        assertEquals(0, clean.count(Severity.ERROR), clean.diagnostics()::toString);
    }

    @Test
    void anEditIsJudgedAgainstTheCommittedContractWhatItBreaksAndWhichVersionItNeeds() throws Exception {
        Path sample = loadSample();
        Path orders = sample.resolve("contracts/orders.odcs.yaml");
        String branch;
        try (var in = getClass().getResourceAsStream("/dev/steward/resources/sample-branches/review--orders-v2/contracts/orders.odcs.yaml")) {
            branch = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        FileReport report = session.lintLive(orders, branch);

        List<dev.steward.model.diagnostic.Diagnostic> breaking = report.diagnostics().stream()
                .filter(d -> d.rule().equals("breaking-change")).toList();
        assertTrue(breaking.stream().anyMatch(d -> d.message().contains("sales_channel") && d.message().contains("removed")
                && d.severity() == Severity.WARNING), breaking::toString);
        String removal = breaking.stream().filter(d -> d.message().contains("sales_channel")).findFirst().orElseThrow().message();
        assertTrue(removal.contains("reaches") && removal.contains("metric") && removal.contains("notify"),
                "what the removal breaks downstream and whom to tell: " + removal);
        assertTrue(breaking.stream().anyMatch(d -> d.message().contains("order_total")), breaking::toString);
        assertTrue(breaking.stream().allMatch(d -> d.line() > 1), "each at its element: " + breaking);
        var version = report.diagnostics().stream().filter(d -> d.rule().equals("contract-version-not-bumped"))
                .findFirst().orElseThrow(() -> new AssertionError(report.diagnostics().toString()));
        assertEquals(Severity.ERROR, version.severity());
        String fixed = dev.steward.model.text.TextEdit.applyAll(branch, version.fixes().getFirst().edits());
        assertTrue(fixed.contains("version: 2.0.0"), "the quick fix writes the next major");

        FileReport committed = session.lintLive(orders, Files.readString(orders));
        assertTrue(committed.diagnostics().stream().noneMatch(d -> d.rule().equals("breaking-change")),
                "the committed text breaks nothing");
    }

    @Test
    void dataProductsHaveTheirOwnGroupAndTheirMeshRulesFollowLiveEdits() throws Exception {
        Path sample = loadSample();

        assertEquals(List.of("products/customer-360.odps.yaml", "products/customer-accounts.odps.yaml",
                "products/payments-ledger.odps.yaml", "products/product-catalogue.odps.yaml",
                "products/revenue-reporting.dataproduct.yaml", "products/web-shop-orders.odps.yaml"),
                tree.groupsProperty().get().byGroup().get("Data products").stream()
                        .map(e -> e.relativePath().replace('\\', '/')).sorted().toList());
        Path customer360 = sample.resolve("products/customer-360.odps.yaml");
        assertEquals(1, tree.entry(customer360).orElseThrow().warnings(), "the sample's deliberate cross-domain warning");
        assertEquals(0, problems.errorsProperty().get(), () -> problems.visibleRows().toString());

        // moving Web Shop Orders into the customer domain leaves Customer 360 one cross-domain dependency
        Path orders = sample.resolve("products/web-shop-orders.odps.yaml");
        FileReport moved = session.lintLive(orders, Files.readString(orders).replace("domain: sales", "domain: customer"));
        session.publish(moved);
        session.relintFromDisk(java.util.Set.of(orders.toAbsolutePath().normalize())).forEach(session::publish);
        assertEquals(0, tree.entry(customer360).orElseThrow().warnings(), () -> problems.visibleRows().toString());
    }

    @Test
    void semanticFilesHaveTheirOwnGroupAndValidateAgainstEachOtherLive() throws Exception {
        Path ws = temp.resolve("semantic");
        Files.createDirectories(ws.resolve("models"));
        Path models = Files.writeString(ws.resolve("models/orders.yml"), """
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
                """);
        Path metrics = Files.writeString(ws.resolve("models/metrics.yml"), """
                metrics:
                  - name: revenue
                    label: Revenue
                    type: simple
                    type_params:
                      measure: order_total
                """);
        WorkspaceTreeViewModel tree = new WorkspaceTreeViewModel();
        ProblemsViewModel problems = new ProblemsViewModel();
        WorkspaceSession session = new WorkspaceSession(ArtifactLinter.standard(), tree, problems);
        session.show(session.load(ws));

        assertEquals(List.of("models/metrics.yml", "models/orders.yml"), tree.groupsProperty().get().byGroup()
                .get("Semantic layer").stream().map(WorkspaceEntry::relativePath).sorted().toList());
        assertEquals(0, problems.errorsProperty().get(), () -> problems.visibleRows().toString());

        session.publish(session.lintLive(models, Files.readString(models).replace("order_total", "order_sum")));
        List<FileReport> others = session.relintFromDisk(java.util.Set.of(models.toAbsolutePath().normalize()));
        others.forEach(session::publish);
        assertEquals(1, tree.entry(metrics).orElseThrow().errors(), "the metric's measure was renamed in the open file");
    }
}
