package dev.steward.app.cli;

import dev.steward.model.review.report.DiffJson;
import dev.steward.model.review.report.DiffMarkdown;
import dev.steward.model.review.report.DiffText;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steward diff [--workspace DIR] --base REV [--head REV] [--format text|json|markdown] [--no-impact]}:
 * the changes in meaning between two revisions, each breaking change with the consumers it reaches.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Show what changed in meaning between two revisions of the workspace (the working tree without --head),"
                + " classified breaking / warning / info, with the downstream consumers of each breaking change.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:diff written", "2:bad usage, not a Git repository, unknown revision", "3:internal error"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    RevisionOptions revisions;

    enum Format { text, json, markdown }

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "text, json (for CI) or markdown (a pull-request comment). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--no-impact", description = "Skip the blast radius (no lineage is built).")
    boolean noImpact;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return revisions.print(spec, "diff", !noImpact, r -> switch (format) {
            case text -> DiffText.write(r);
            case json -> DiffJson.write(r);
            case markdown -> DiffMarkdown.write(r);
        }, r -> false);
    }
}
