package dev.steward.app.cli;

import dev.steward.model.review.report.BreakingText;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code steward breaking [--workspace DIR] --base REV [--head REV]}: fails (exit 1) when a contract has
 * breaking changes without a major version bump, printing them; the CI gate of a pull request.
 */
@Command(name = "breaking", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Check that every contract with breaking changes between two revisions got a new major version.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no breaking change without a major version bump",
                "1:breaking changes without a major version bump (printed)",
                "2:bad usage, not a Git repository, unknown revision", "3:internal error"})
final class BreakingCommand implements Callable<Integer> {

    @Mixin
    RevisionOptions revisions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return revisions.print(spec, "breaking", true, r -> BreakingText.write(r), r -> !r.breakingWithoutMajor().isEmpty());
    }
}
