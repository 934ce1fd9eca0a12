package dev.steward.app.cli;

import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.model.workspace.WorkspaceLinter;
import dev.steward.model.workspace.WorkspaceScanner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steward lint [--format text|json] PATH...}: validates the data contracts and the dbt
 * semantic-layer files (semantic models, metrics, saved queries) in the given files and folders
 * (recursively); a semantic file is validated with the other semantic files of its dbt project. The policy is the {@code steward-policies.yaml} nearest to each
 * path, looking up to the repository root.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Validate data contracts (ODCS and DCS) and dbt semantic-layer files (semantic models, "
                + "metrics, saved queries) in files and folders.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found", "2:bad usage or unreadable input", "3:internal error"})
final class LintCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (one line per problem) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Contract or semantic-layer files, or folders (searched recursively).")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        WorkspaceScanner.Scan scan = new WorkspaceScanner().scan(paths);
        scan.problems().forEach(p -> err.println("steward lint: " + p.message()));

        List<LintOutput.Section> sections = new ArrayList<>();
        boolean unreadable = !scan.problems().isEmpty();
        for (Map.Entry<Optional<Path>, List<Path>> group : byPolicy(scan.files()).entrySet()) {
            PolicyFile.Loaded policy = group.getKey().map(PolicyFile::loadFile)
                    .orElseGet(() -> new PolicyFile.Loaded(Optional.empty(), ValidationPolicy.DEFAULT, List.of()));
            Path root = group.getKey().map(Path::getParent).orElse(null);
            WorkspaceLinter.LintRun run = WorkspaceLinter.standard().lint(group.getValue(), root, policy.policy());
            unreadable |= run.hasUnreadableInput();
            sections.add(new LintOutput.Section(run, policy.problems()));
        }
        reportSkippedFiles(sections, err);
        LintOutput output = new LintOutput(sections);
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? output.json() : output.text());
        out.flush();
        err.flush();
        if (unreadable) {
            return StewardCommand.BAD_INPUT;
        }
        return output.errors() > 0 ? StewardCommand.FOUND_ERRORS : StewardCommand.OK;
    }

    /** A file named on the command line that is no contract is skipped, but never silently. */
    private void reportSkippedFiles(List<LintOutput.Section> sections, PrintWriter err) {
        Set<Path> seen = new HashSet<>();
        for (LintOutput.Section s : sections) {
            s.run().files().forEach(f -> seen.add(f.path().toAbsolutePath().normalize()));
            s.run().readProblems().forEach(d -> seen.add(d.path().toAbsolutePath().normalize()));
        }
        paths.stream().filter(Files::isRegularFile)
                .filter(p -> !seen.contains(p.toAbsolutePath().normalize()))
                .forEach(p -> err.println("steward lint: skipped " + p
                        + ": not a data contract (no 'apiVersion' + 'kind: DataContract' of ODCS, no 'dataContractSpecification' of DCS)"
                        + " nor a semantic-layer file (no 'semantic_models', 'metrics', 'saved_queries', no semantic 'models' entries)"
                        + " nor a data product (no 'apiVersion' + 'kind: DataProduct' of ODPS, no 'dataProductSpecification' of DPS)"));
    }

    /** Files grouped by the policy file that governs them, in first-seen order. */
    private static Map<Optional<Path>, List<Path>> byPolicy(List<Path> files) {
        Map<Path, Optional<Path>> perFolder = new LinkedHashMap<>();
        Map<Optional<Path>, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            Optional<Path> policy = perFolder.computeIfAbsent(folder, PolicyFile::locate);
            groups.computeIfAbsent(policy, k -> new ArrayList<>()).add(file);
        }
        return groups;
    }
}
