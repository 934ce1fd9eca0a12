package dev.steward.views.review;

import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.VersionVerdict;
import java.util.ArrayList;
import java.util.List;

/** The sentences over a review: the counts by severity, and each version-discipline problem. */
public final class ReviewSummary {

    private ReviewSummary() {
    }

    /** "3 breaking · 2 warnings · 7 info in 4 artifacts"; says so when nothing changed in meaning. */
    public static String counts(DiffReport report) {
        int artifacts = (int) report.artifacts().stream().filter(a -> !a.changes().isEmpty()).count();
        String others = report.otherPaths().isEmpty() ? ""
                : " (" + plural(report.otherPaths().size(), "other file") + " changed)";
        if (artifacts == 0) {
            return "No changes in meaning" + others;
        }
        return report.count(ChangeSeverity.BREAKING) + " breaking · "
                + plural(report.count(ChangeSeverity.WARNING), "warning") + " · "
                + report.count(ChangeSeverity.INFO) + " info in " + plural(artifacts, "artifact") + others;
    }

    /** A contract whose version does not follow its changes: an error for a breaking change, else a warning. */
    public record VersionProblem(Severity severity, String text) {
    }

    /** "contracts/orders.odcs.yaml: <the verdict's message>" for each contract whose version does not follow its changes. */
    public static List<VersionProblem> versionProblems(DiffReport report) {
        List<VersionProblem> problems = new ArrayList<>();
        for (ArtifactDiff artifact : report.versionViolations()) {
            artifact.version().flatMap(VersionVerdict::problem).ifPresent(d ->
                    problems.add(new VersionProblem(d.severity(), artifact.path() + ": " + d.message())));
        }
        return problems;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
