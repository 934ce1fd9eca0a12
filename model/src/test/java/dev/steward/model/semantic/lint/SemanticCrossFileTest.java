package dev.steward.model.semantic.lint;

import static dev.steward.model.semantic.lint.LintWorkspace.ofRule;
import static dev.steward.model.semantic.lint.LintWorkspace.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.validation.SemanticValidator;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.RuleCatalog;
import dev.steward.model.validation.RuleDescription;
import dev.steward.model.validation.RuleLevel;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.model.workspace.WorkspaceLinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A semantic file is validated within its project: other files, live text, the whole workspace, policies. */
class SemanticCrossFileTest {
    /** The semantic models of {@link SemanticColumnRulesTest#MODEL}, without its metrics. */
    static final String MODELS = SemanticColumnRulesTest.MODEL.substring(0, SemanticColumnRulesTest.MODEL.indexOf("metrics:"));
    static final String METRICS = """
            metrics:
              - name: revenue
                label: Revenue
                type: simple
                type_params:
                  measure: order_total
            """;

    @TempDir
    Path dir;
    LintWorkspace ws;
    Path models;
    Path metrics;

    @BeforeEach
    void setUp() {
        ws = new LintWorkspace(dir);
        models = ws.write("models/orders.yml", MODELS);
        metrics = ws.write("models/metrics.yml", METRICS);
    }

    @Test
    void aMetricSeesTheMeasureOfAnotherFile() {
        assertEquals(List.of(), ofRule(ws.lint(metrics), "semantic-unknown-measure"));
    }

    @Test
    void aRenameInOneFileFlagsTheOtherFileWhenItIsRelinted() {
        ws.lint(models, MODELS.replace("- name: order_total", "- name: order_amount")); // typed, not saved
        Diagnostic d = single(ws.lint(metrics), "semantic-unknown-measure");
        assertEquals(metrics, d.path());
        assertEquals(6, d.line());
        assertEquals(Severity.ERROR, d.severity());
        ws.lint(models, MODELS);
        assertEquals(List.of(), ofRule(ws.lint(metrics), "semantic-unknown-measure"));
    }

    @Test
    void aSchemaErrorInOneFileDoesNotCascadeIntoTheFilesThatUseIt() {
        FileReport broken = ws.lint(models, MODELS.replace("    measures:", "    measurs:"));
        Diagnostic typo = single(broken.diagnostics(), SemanticSchemaChecker.RULE_UNKNOWN_KEY);
        assertTrue(typo.message().contains("did you mean 'measures'?"), typo.message());
        assertEquals(List.of(), ofRule(ws.lint(metrics), "semantic-unknown-measure"), "the typo is the one cause");
        ws.lint(models, MODELS.replace("- name: order_total", "- name: order_amount"));
        assertEquals(1, ofRule(ws.lint(metrics), "semantic-unknown-measure").size(), "a real rename is still reported");
    }

    @Test
    void liveTextOfTheLintedFileReplacesItsDiskVersion() {
        FileReport report = ws.lint(metrics, METRICS.replace("measure: order_total", "measure: order_totl"));
        Diagnostic d = single(report.diagnostics(), "semantic-unknown-measure");
        assertEquals(6, d.line());
        assertEquals(16, d.column(), "at the measure name");
    }

    @Test
    void unchangedTextIsNotReadAgain() {
        ws.lint(metrics, METRICS);
        SemanticFileIndex.Entry first = ws.index.semantic().entry(metrics).orElseThrow();
        ws.lint(metrics, METRICS);
        assertSame(first, ws.index.semantic().entry(metrics).orElseThrow());
        ws.lint(metrics, METRICS + "\n");
        assertNotSame(first, ws.index.semantic().entry(metrics).orElseThrow());
    }

    @Test
    void aSchemaFileWithMetaDimensionsIsNoEmptySemanticProject() {
        LintWorkspace other = new LintWorkspace(dir.resolve("lightdash"));
        Path schema = other.write("models/schema.yml", """
                models:
                  - name: orders
                    columns:
                      - name: status
                        meta:
                          dimension:
                            type: string
                """);
        assertEquals(List.of(), other.lint(schema), "recognised by its dimension key, but defines nothing to check");
    }

    @Test
    void aFileThatStopsBeingSemanticLeavesTheProject() {
        ws.lint(models, "just: text\n");
        assertTrue(ws.index.semantic().entry(models).isEmpty());
        assertEquals(1, ofRule(ws.lint(metrics), "semantic-unknown-measure").size());
    }

    @Test
    void aWorkspaceLintReportsCrossFileProblemsOnEveryAffectedFile() throws IOException {
        Files.writeString(models, MODELS.replace("- name: order_total", "- name: revenue"));
        Path second = dir.resolve("models/more_metrics.yml");
        Files.writeString(second, METRICS.replace("- name: revenue", "- name: revenue_again")
                .replace("label: Revenue", "label: Revenue again"));
        WorkspaceLinter.LintRun run = WorkspaceLinter.standard().lint(List.of(models, metrics, second), dir,
                ValidationPolicy.DEFAULT);
        Map<Path, List<String>> rules = new java.util.HashMap<>();
        for (FileReport r : run.files()) {
            rules.put(r.path(), r.diagnostics().stream().map(Diagnostic::rule).toList());
        }
        assertTrue(rules.get(metrics).contains("semantic-unknown-measure"), rules.toString());
        assertTrue(rules.get(second).contains("semantic-unknown-measure"), rules.toString());
    }

    @Test
    void policiesReGradeAndDisableSemanticRules() throws IOException {
        String broken = METRICS.replace("measure: order_total", "measure: order_totl");
        ws.policy = new ValidationPolicy(Map.of("semantic-unknown-measure", RuleLevel.WARNING,
                ColumnRules.RULE_UNRESOLVED_REF, RuleLevel.OFF), true);
        assertEquals(Severity.WARNING, single(ws.lint(metrics, broken).diagnostics(), "semantic-unknown-measure").severity());
        assertEquals(List.of(), ofRule(ws.lint(models, MODELS).diagnostics(), ColumnRules.RULE_UNRESOLVED_REF));
        ws.policy = ValidationPolicy.DEFAULT;
        assertEquals(1, ofRule(ws.lint(models, MODELS).diagnostics(), ColumnRules.RULE_UNRESOLVED_REF).size());

        Path policy = dir.resolve(PolicyFile.FILE_NAME);
        Files.writeString(policy, """
                policies:
                  - id: semantic-unresolved-ref
                    severity: off
                  - id: seed-row-width
                    severity: warning
                  - id: semantic-unknown-colum
                    severity: off
                """);
        PolicyFile.Loaded loaded = PolicyFile.loadFile(policy);
        assertEquals(Optional.of(RuleLevel.OFF), loaded.policy().levelOf("semantic-unresolved-ref"));
        assertEquals(Optional.of(RuleLevel.WARNING), loaded.policy().levelOf("seed-row-width"));
        assertEquals(List.of(PolicyFile.RULE_UNKNOWN_RULE), loaded.problems().stream().map(Diagnostic::rule).toList(),
                "only the misspelt rule is unknown");
    }

    @Test
    void theCatalogDescribesEverySemanticAndSeedRule() {
        List<String> ids = new ArrayList<>(new SemanticValidator().ruleIds());
        ids.addAll(List.of(ColumnRules.RULE_UNRESOLVED_REF, ColumnRules.RULE_UNKNOWN_COLUMN, ColumnRules.RULE_AGGREGATION_TYPE,
                ColumnRules.RULE_TIME_DIMENSION_TYPE, ColumnRules.RULE_PRIMARY_ENTITY_KEY, FilterChecks.RULE_FILTER,
                FilterChecks.RULE_GROUP_BY, FilterChecks.RULE_UNKNOWN_REFERENCE,
                MetricShapeChecks.RULE_DERIVED_EXPR, MetricShapeChecks.RULE_METRIC_PLACEMENT, ReachChecks.RULE_UNREACHABLE, SemanticSchemaChecker.RULE_UNKNOWN_KEY, SemanticSchemaChecker.RULE_WRONG_TYPE,
                SemanticSchemaChecker.RULE_REQUIRED_KEY, SemanticSchemaChecker.RULE_UNKNOWN_VALUE, "seed-csv-syntax",
                "seed-row-width", "seed-type-mismatch", "seed-column-not-in-contract", "seed-contract-column-missing",
                "seed-unreadable"));
        for (String id : ids) {
            Optional<RuleDescription> d = RuleCatalog.describe(id);
            assertTrue(d.isPresent() && !d.get().description().isBlank(), id);
            assertTrue(RuleCatalog.contains(id), id);
        }
        assertEquals(ids.size(), RuleCatalog.descriptions().stream().filter(d -> !RuleCatalog.scopable(d.id())).count(),
                "no description without a rule (the data product rules are described too, checked in the mesh tests)");
        assertEquals(Severity.WARNING, RuleCatalog.describe(ColumnRules.RULE_UNRESOLVED_REF).orElseThrow().defaultSeverity());
    }
}
