package dev.steward.app.bench;

import dev.steward.model.bench.ContractGenerator;
import dev.steward.model.bench.SemanticProjectGenerator;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.model.workspace.WorkspaceLinter;
import dev.steward.model.workspace.WorkspaceScanner;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The foundation benchmark: prints raw parse vs full validation on a large contract, workspace
 * open-and-validate on 2,000 contracts, keystroke-to-diagnostics latency in the editor, and the
 * semantic layer ({@link SemanticBenchmark}: 200 semantic models, 2,000 metrics).
 * Not a test: it prints figures and ratios from one run and asserts nothing.
 *
 * <p>Arguments: {@code graph [...]} runs {@link GraphLayoutBenchmark} instead, {@code review} only
 * {@link ReviewBenchmark} (diff of two revisions of 2,000 contracts in Git), {@code metric-rows} and
 * {@code metric-compile} one part of {@link MetricQueryBenchmark}; otherwise {@code [--contract FILE]
 * [--workspace DIR] [--objects N] [--contracts N] [--keystrokes N] [--semantic-models N] [--semantic-only]}.
 * Without files it generates them (seeded, so every run measures the same input).
 */
public final class StewardBenchmark {

    private StewardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("graph")) { // the lineage graph layout benchmark
            GraphLayoutBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("metric-rows")) { // only the metric queries over a 1,000,000-row seed
            MetricQueryBenchmark.millionRows(Files.createTempDirectory("steward-bench").resolve("metric-rows"));
            return;
        }
        if (args.length > 0 && args[0].equals("metric-compile")) { // only the query compile times
            Path dir = Files.createTempDirectory("steward-bench");
            MetricQueryBenchmark.compileTimes(dir.resolve("metric-compile"));
            MetricQueryBenchmark.compileGeneratedProject(dir.resolve("metric-compile-generated"));
            return;
        }
        if (args.length > 0 && args[0].equals("review")) { // the semantic diff of two revisions of 2,000 contracts in Git
            ReviewBenchmark.run(Files.createTempDirectory("steward-bench"), ContractGenerator.DEFAULT_CONTRACTS, 200);
            System.exit(0);
        }
        Options o = Options.parse(args);
        Path tmp = Files.createTempDirectory("steward-bench");
        ContractGenerator generator = new ContractGenerator();
        Path workspace = o.workspace != null ? o.workspace : generator.writeWorkspace(tmp.resolve("workspace"), o.contracts).root();
        System.out.println("Steward benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        if (o.semanticOnly) {
            SemanticBenchmark.run(tmp, o.semanticModels);
            System.exit(0);
        }
        ArtifactLinter linter = ArtifactLinter.standard();
        List<Path> contracts = new ArrayList<>();
        if (o.contract != null) {
            contracts.add(o.contract);
        } else {
            // the size the VS Code comparison was measured on (>= 5,000 lines), then >= 300 schema objects
            contracts.add(write(tmp.resolve("large-5000-lines.odcs.yaml"), generator.largeContract(50)));
            contracts.add(write(tmp.resolve("large-" + o.objects + ".odcs.yaml"), generator.largeContract(o.objects)));
        }
        KeystrokeBenchmark.startToolkit();
        for (Path contract : contracts) {
            System.gc(); // each measurement starts from a clean heap, not the previous one's garbage
            contract(linter, contract, o.keystrokes);
        }
        System.gc();

        List<Path> files = new WorkspaceScanner().scan(List.of(workspace)).files();
        System.out.printf(Locale.ROOT, "%nWorkspace: %s (%,d YAML files)%n", workspace, files.size());
        Stats open = measure(2, 5, () -> openWorkspace(linter, workspace));
        WorkspaceLinter.LintRun run = openWorkspace(linter, workspace);
        System.out.println("  open-and-validate (scan + read + parse + index + validate): " + open.summary());
        System.out.printf(Locale.ROOT, "  target <= 3000 ms: median is %.0f%% of the target; %d errors, %d warnings found%n",
                open.medianMs() / 30.0, run.errors(), run.warnings());
        System.gc();
        SemanticBenchmark.run(tmp, o.semanticModels);
        System.gc();
        MetricQueryBenchmark.run(tmp);
        System.exit(0);
    }

    private static void contract(ArtifactLinter linter, Path contract, int keystrokes) throws Exception {
        String text = Files.readString(contract, StandardCharsets.UTF_8);
        long objects = linter.lint(contract, text, ValidationContext.standalone()).summary()
                .map(c -> c.schemas().size()).orElse(0);
        System.out.printf(Locale.ROOT, "%nContract: %s (%,d lines, %,d schema objects, %,d chars)%n",
                contract.getFileName(), text.lines().count(), objects, text.length());
        Stats raw = measure(20, 50, () -> rawParse(text));
        Stats parse = measure(20, 50, () -> new YamlParser().parse(contract, text));
        Stats full = measure(20, 50, () -> linter.lint(contract, text, ValidationContext.standalone()));
        FileReport report = linter.lint(contract, text, ValidationContext.standalone());
        System.out.println("  raw YAML parse (SnakeYAML compose, no positions): " + raw.summary());
        System.out.println("  Steward parse (node tree with positions):        " + parse.summary());
        System.out.println("  full validation (parse + structure + all rules): " + full.summary());
        System.out.printf(Locale.ROOT, "  ratio full validation / raw parse (medians): %.2f (target <= 2.0); "
                + "full validation / Steward parse: %.2f; %d diagnostics%n",
                full.medianMs() / raw.medianMs(), full.medianMs() / parse.medianMs(), report.diagnostics().size());
        System.gc();
        KeystrokeBenchmark.Result keys = KeystrokeBenchmark.run(contract, text, linter, keystrokes);
        System.out.println("  keystroke-to-diagnostics in the editor (" + keys.delayMs() + " ms debounce included):");
        System.out.println("    to diagnostics applied to the editor: " + keys.applied().summary());
        System.out.println("    to the next rendered frame:          " + keys.rendered().summary());
        System.out.printf(Locale.ROOT, "    p95 %.1f ms vs target 50 ms; VS Code YAML language server: 395 ms p95 on 5,000 lines (%.1fx)%n",
                keys.rendered().p95Ms(), 395.0 / keys.rendered().p95Ms());
    }

    private static WorkspaceLinter.LintRun openWorkspace(ArtifactLinter linter, Path workspace) {
        ValidationPolicy policy = PolicyFile.load(workspace).policy();
        List<Path> files = new WorkspaceScanner().scan(List.of(workspace)).files();
        return new WorkspaceLinter(linter, new FileTextReader(), Runtime.getRuntime().availableProcessors())
                .lint(files, workspace, policy);
    }

    private static Object rawParse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(options).compose(new StringReader(text));
    }

    interface Work {
        Object run() throws Exception;
    }

    static Stats measure(int warmup, int runs, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - s;
        }
        return Stats.of(t);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final class Options {
        Path contract;
        Path workspace;
        int objects = ContractGenerator.DEFAULT_SCHEMA_OBJECTS;
        int contracts = ContractGenerator.DEFAULT_CONTRACTS;
        int keystrokes = 200;
        int semanticModels = SemanticProjectGenerator.DEFAULT_MODELS;
        boolean semanticOnly;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (args[i].equals("--semantic-only")) {
                    o.semanticOnly = true;
                    continue;
                }
                switch (args[i]) {
                    case "--contract" -> o.contract = Path.of(value);
                    case "--workspace" -> o.workspace = Path.of(value);
                    case "--objects" -> o.objects = Integer.parseInt(value);
                    case "--contracts" -> o.contracts = Integer.parseInt(value);
                    case "--keystrokes" -> o.keystrokes = Integer.parseInt(value);
                    case "--semantic-models" -> o.semanticModels = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; use --contract FILE --workspace DIR --objects N --contracts N --keystrokes N"
                            + " --semantic-models N --semantic-only");
                }
                i++;
            }
            return o;
        }
    }
}
