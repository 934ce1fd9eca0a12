package dev.steward.app.cli;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.migration.DcsToOdcsMigrator;
import dev.steward.model.contract.migration.MigrationResult;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.workspace.AtomicFileWriter;
import dev.steward.model.workspace.FileTextReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steward migrate DCS_FILE [-o OUT] [--force]}: converts a Data Contract Specification
 * file to ODCS v3.1.0 and writes it atomically, by default beside the input as
 * {@code <name>.odcs.yaml}. Lists what could not be carried over.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Convert a DCS data contract (0.9.x to 1.2.x) to ODCS v3.1.0.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the input has YAML errors", "2:bad usage, unreadable or not a DCS file",
            "3:internal error"})
final class MigrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DCS_FILE", description = "The DCS contract to convert.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the ODCS contract. Default: <name>.odcs.yaml beside DCS_FILE.")
    Path output;

    @Option(names = "--force", description = "Overwrite OUT when it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return migrate(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int migrate(PrintWriter out, PrintWriter err) {
        if (Files.isDirectory(input)) {
            err.println("steward migrate: " + input + " is a folder; give one DCS contract file");
            return StewardCommand.BAD_INPUT;
        }
        FileTextReader.Result read = new FileTextReader().read(input);
        if (!read.ok()) {
            err.println("steward migrate: " + read.problem().message());
            return StewardCommand.BAD_INPUT;
        }
        ArtifactLinter.Parsed parsed = ArtifactLinter.standard().parse(input, read.text());
        if (parsed.kind().isEmpty() || parsed.kind().get() != ArtifactKind.DCS) {
            err.println("steward migrate: " + input + " is not a Data Contract Specification file "
                    + (parsed.kind().map(k -> "(it is " + k.title() + ")").orElse("(no 'dataContractSpecification:' key)")));
            return StewardCommand.BAD_INPUT;
        }
        if (parsed.document().hasErrors() || parsed.document().rootMapping().isEmpty()) {
            parsed.document().problems().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::toString).forEach(err::println);
            if (parsed.document().rootMapping().isEmpty() && !parsed.document().hasErrors()) {
                err.println("steward migrate: " + input + " must hold a YAML mapping at the top");
            }
            err.println("steward migrate: fix the YAML errors above, then migrate again");
            return StewardCommand.FOUND_ERRORS;
        }
        Path target = output != null ? output : DcsToOdcsMigrator.defaultTarget(input);
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            err.println("steward migrate: the output would overwrite the input " + input + "; choose another -o");
            return StewardCommand.BAD_INPUT;
        }
        if (Files.exists(target) && !force) {
            err.println("steward migrate: " + target + " already exists; use --force to overwrite it");
            return StewardCommand.BAD_INPUT;
        }
        MigrationResult result = new DcsToOdcsMigrator().migrate(parsed.document());
        try {
            AtomicFileWriter.writeString(target, result.odcsYaml());
        } catch (IOException e) {
            err.println("steward migrate: cannot write " + target + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return StewardCommand.BAD_INPUT;
        }
        out.println("Wrote " + target + " (ODCS v3.1.0)");
        if (!result.losses().isEmpty()) {
            out.println(result.losses().size() + " item" + (result.losses().size() == 1 ? "" : "s")
                    + " not carried over exactly:");
            result.losses().forEach(l -> out.println("  - " + l));
        }
        return StewardCommand.OK;
    }
}
