package dev.steward.app.bench;

import dev.steward.model.bench.SemanticProjectGenerator;
import dev.steward.model.semantic.SemanticDocumentReader;
import dev.steward.model.semantic.YamlDocumentStream;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.workspace.WorkspaceLinter;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The semantic-layer section of the benchmark: a generated dbt project (200 semantic models, 2,000
 * metrics of every type, with filters) parsed and validated as a whole, single-threaded, against raw
 * SnakeYAML compose of the same files; then the workspace lint (parallel) and the cost of re-linting
 * one metrics file after a keystroke in a warm workspace. Prints figures; asserts nothing.
 */
final class SemanticBenchmark {
    private SemanticBenchmark() {
    }

    static void run(Path tmp, int models) throws Exception {
        SemanticProjectGenerator.GeneratedProject project = new SemanticProjectGenerator().write(tmp.resolve("semantic"), models);
        List<Path> files = project.files();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            String t = Files.readString(f, StandardCharsets.UTF_8);
            texts.add(t);
            chars += t.length();
        }
        ArtifactLinter linter = ArtifactLinter.standard();
        System.out.printf(Locale.ROOT, "%nSemantic layer: %d semantic models, %d metrics in %d files (%,d chars)%n",
                project.semanticModels(), project.metrics(), files.size(), chars);
        Stats raw = StewardBenchmark.measure(5, 15, () -> rawCompose(texts));
        Stats parse = StewardBenchmark.measure(5, 15, () -> parse(linter, files, texts));
        Stats full = StewardBenchmark.measure(3, 11, () -> validateProject(linter, project.root(), files, texts));
        Stats rawCpu = cpu(5, 15, () -> rawCompose(texts));
        Stats parseCpu = cpu(5, 15, () -> parse(linter, files, texts));
        Stats fullCpu = cpu(3, 11, () -> validateProject(linter, project.root(), files, texts));
        List<FileReport> reports = validateProject(linter, project.root(), files, texts);
        long diagnostics = reports.stream().mapToLong(r -> r.diagnostics().size()).sum();
        long errors = reports.stream().filter(FileReport::hasErrors).count();
        System.out.println("  raw YAML compose (SnakeYAML, all files):                     " + raw.summary());
        System.out.println("  Steward parse (positions + semantic model):                  " + parse.summary());
        System.out.println("  parse + full project validation (every file, one thread):    " + full.summary());
        System.out.printf(Locale.ROOT, "  ratio parse / raw compose: %.2f; parse + full validation / raw compose: %.2f; "
                + "%d diagnostics (%d files with errors; refs do not resolve: no SQL models are generated)%n",
                parse.medianMs() / raw.medianMs(), full.medianMs() / raw.medianMs(), diagnostics, errors);
        System.out.println("  the same on thread CPU time (robust when the machine is shared):");
        System.out.println("    raw compose " + rawCpu.summary());
        System.out.println("    parse       " + parseCpu.summary());
        System.out.println("    parse + full validation " + fullCpu.summary());
        System.out.printf(Locale.ROOT, "    CPU ratio parse / raw: %.2f; parse + full validation / raw: %.2f; load average %.1f%n",
                parseCpu.medianMs() / rawCpu.medianMs(), fullCpu.medianMs() / rawCpu.medianMs(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Stats workspace = StewardBenchmark.measure(2, 7, () -> new WorkspaceLinter(linter, new FileTextReader(),
                Runtime.getRuntime().availableProcessors()).lint(files, project.root(), ValidationPolicy.DEFAULT));
        System.out.println("  workspace lint (read + parse + index + validate, parallel): " + workspace.summary());
        keystroke(linter, project.root(), files, texts);
    }

    /** One metrics file re-linted with a changing character, the rest of the project warm in the index. */
    private static void keystroke(ArtifactLinter linter, Path root, List<Path> files, List<String> texts) throws Exception {
        WorkspaceIndex index = new WorkspaceIndex(root);
        ValidationContext context = new ValidationContext(index, ValidationPolicy.DEFAULT);
        for (int i = 0; i < files.size(); i++) {
            linter.register(linter.parse(files.get(i), texts.get(i)), index);
        }
        int target = texts.size() - 1;
        String base = texts.get(target);
        int[] n = {0};
        StewardBenchmark.Work keystroke = () -> {
            String edited = base.replace("window: 7 days", "window: " + (7 + (n[0]++ % 2)) + " days");
            return linter.lint(files.get(target), edited, context);
        };
        Stats keys = StewardBenchmark.measure(5, 31, keystroke);
        Stats keysCpu = cpu(5, 31, keystroke);
        System.out.println("  keystroke re-lint of one metrics file (" + base.lines().count()
                + " lines; project re-validated): " + keys.summary() + "; thread CPU " + keysCpu.summary());
    }

    /** Like {@link StewardBenchmark#measure} on the calling thread's CPU time instead of wall time. */
    private static Stats cpu(int warmup, int runs, StewardBenchmark.Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = threads.getCurrentThreadCpuTime();
            work.run();
            t[i] = threads.getCurrentThreadCpuTime() - s;
        }
        return Stats.of(t);
    }

    private static Object rawCompose(List<String> texts) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        List<Object> out = new ArrayList<>();
        for (String t : texts) {
            new Yaml(options).composeAll(new StringReader(t)).forEach(out::add);
        }
        return out;
    }

    private static Object parse(ArtifactLinter linter, List<Path> files, List<String> texts) {
        SemanticDocumentReader reader = new SemanticDocumentReader();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ArtifactLinter.Parsed parsed = linter.parse(files.get(i), texts.get(i));
            out.add(reader.read(parsed.path(), YamlDocumentStream.roots(parsed.document())));
        }
        return out;
    }

    /** A fresh workspace index: parse and register every file, then lint each within the project. */
    private static List<FileReport> validateProject(ArtifactLinter linter, Path root, List<Path> files, List<String> texts) {
        WorkspaceIndex index = new WorkspaceIndex(root);
        ValidationContext context = new ValidationContext(index, ValidationPolicy.DEFAULT);
        List<ArtifactLinter.Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ArtifactLinter.Parsed p = linter.parse(files.get(i), texts.get(i));
            linter.register(p, index);
            parsed.add(p);
        }
        return parsed.stream().map(p -> linter.lint(p, context)).toList();
    }
}
