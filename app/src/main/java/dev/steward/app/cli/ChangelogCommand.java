package dev.steward.app.cli;

import dev.steward.model.review.report.Changelog;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward changelog [--workspace DIR] --base REV [--head REV]}: a human-readable changelog per contract. */
@Command(name = "changelog", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Write a changelog per contract between two revisions: version before → after, then"
                + " Breaking, Warnings and Changes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:changelog written", "2:bad usage, not a Git repository, unknown revision", "3:internal error"})
final class ChangelogCommand implements Callable<Integer> {

    @Mixin
    RevisionOptions revisions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return revisions.print(spec, "changelog", false, r -> Changelog.write(r), r -> false);
    }
}
