package dev.steward.app.bench;

import dev.steward.model.bench.ContractGenerator;
import dev.steward.model.bench.GeneratedWorkspace;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.git.GitRepository;
import dev.steward.model.git.Identity;
import dev.steward.model.review.DiffTiming;
import dev.steward.model.review.ReviewRange;
import dev.steward.model.review.Revision;
import dev.steward.model.review.WorkspaceReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review benchmark ({@code review}): a Git repository of 2,000 generated contracts, committed,
 * then 200 files changed (a mix of type changes, removed properties, descriptions and version
 * bumps) and committed again. Prints the medians, after warm-up, of each phase of the diff of the
 * two commits (changed-path detection, reading the blobs, the semantic diff), the total (target
 * &lt;= 1 s), the diff with blast radius, and the working tree against HEAD with 200 uncommitted edits.
 * Prints figures; asserts nothing.
 */
final class ReviewBenchmark {

    private static final Identity BENCH = new Identity("Steward Benchmark", "bench@steward.dev");
    private static final int WARMUP = 3;
    private static final int RUNS = 11;
    private static final int COLD_RUNS = 3;

    private ReviewBenchmark() {
    }

    static void run(Path tmp, int contracts, int changed) throws Exception {
        Path root = tmp.resolve("review-repo");
        GeneratedWorkspace ws = new ContractGenerator().writeWorkspace(root, contracts);
        try (GitRepository git = GitRepository.init(root)) {
            git.stageAll();
            git.commit("2,000 contracts", BENCH);
            List<Path> edited = edit(ws.contracts(), changed, 0);
            git.stageAll();
            git.commit(changed + " changed contracts", BENCH);
            System.out.printf(Locale.ROOT, "%nReview: %,d contracts in Git, %d files changed between HEAD~1 and HEAD "
                    + "(type changes, removed properties, descriptions, version bumps)%n", ws.contracts().size(), edited.size());
            try (WorkspaceReview review = WorkspaceReview.open(root)) {
                ReviewRange commits = new ReviewRange(Revision.of("HEAD~1"), Revision.of("HEAD"));
                phases("HEAD~1 → HEAD, without blast radius", review, commits, false);
                phases("HEAD~1 → HEAD, with blast radius, base lineage kept from the previous diff", review, commits, true);
                coldImpact(root, commits);
                edit(ws.contracts(), changed, 5);
                ReviewRange disk = new ReviewRange(Revision.of("HEAD"), Revision.workingTree());
                phases("HEAD → working tree (" + changed + " uncommitted edits), without blast radius", review, disk, false);
            }
        }
    }

    /** The first diff with blast radius in a fresh session: the base commit's lineage is built from its files. */
    private static void coldImpact(Path root, ReviewRange range) throws Exception {
        List<DiffTiming> timings = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            System.gc();
            try (WorkspaceReview review = WorkspaceReview.open(root)) {
                timings.add(review.diffTimed(range, true));
            }
        }
        System.out.println("  HEAD~1 → HEAD, with blast radius, first diff of a session (writes the base's files, builds its lineage):");
        System.out.println("    blast radius:            " + stats(timings, DiffTiming::impactNanos).summary());
        System.out.println("    total:                   " + stats(timings, DiffTiming::totalNanos).summary());
    }

    private static void phases(String title, WorkspaceReview review, ReviewRange range, boolean impact) throws Exception {
        List<DiffTiming> timings = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            DiffTiming t = review.diffTimed(range, impact);
            if (i >= WARMUP) {
                timings.add(t);
            }
        }
        DiffReport report = timings.getLast().report();
        System.out.printf(Locale.ROOT, "  %s: %d changed files, %d artifacts, %d breaking, %d warnings, %d info%n", title,
                timings.getLast().changedFiles(), report.artifacts().size(), report.count(ChangeSeverity.BREAKING),
                report.count(ChangeSeverity.WARNING), report.count(ChangeSeverity.INFO));
        System.out.println("    changed-path detection: " + stats(timings, DiffTiming::changedPathsNanos).summary());
        System.out.println("    reading + parsing blobs: " + stats(timings, DiffTiming::readNanos).summary());
        System.out.println("    semantic diff:           " + stats(timings, DiffTiming::semanticNanos).summary());
        if (impact) {
            System.out.println("    blast radius:            " + stats(timings, DiffTiming::impactNanos).summary());
        }
        Stats total = stats(timings, DiffTiming::totalNanos);
        System.out.println("    total:                   " + total.summary());
        if (!impact) {
            System.out.printf(Locale.ROOT, "    target <= 1000 ms: median is %.0f%% of the target%n", total.medianMs() / 10.0);
        }
    }

    private static Stats stats(List<DiffTiming> timings, ToLongFunction<DiffTiming> phase) {
        return Stats.of(timings.stream().mapToLong(phase).toArray());
    }

    private static final Pattern VERSION = Pattern.compile("(?m)^version: (\\d+)\\.(\\d+)\\.(\\d+)$");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^      - id: ");

    /** Changes {@code count} files spread over the workspace, each in one of four ways; {@code shift} picks other files. */
    private static List<Path> edit(List<Path> files, int count, int shift) throws IOException {
        List<Path> edited = new ArrayList<>();
        int step = Math.max(1, files.size() / count);
        for (int i = 0; i < count && i * step + shift < files.size(); i++) {
            Path file = files.get(i * step + shift);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String changed = switch (i % 4) {
                case 0 -> text.replaceFirst("logicalType: integer", "logicalType: string");
                case 1 -> removeSecondProperty(text);
                case 2 -> text.replaceFirst("(?m)^(\\s+description: )(.*)$", "$1$2 Reviewed.");
                default -> bumpMajor(text).replaceFirst("logicalType: integer", "logicalType: number");
            };
            if (changed.equals(text)) {
                changed = text.replaceFirst("(?m)^(\\s+description: )(.*)$", "$1$2 (edited)");
            }
            Files.writeString(file, changed, StandardCharsets.UTF_8);
            edited.add(file);
        }
        return edited;
    }

    private static String removeSecondProperty(String text) {
        Matcher m = PROPERTY.matcher(text);
        if (!m.find() || !m.find()) {
            return text;
        }
        int start = m.start();
        int end = m.find() ? m.start() : text.indexOf("\n    quality:", start) > 0 ? text.indexOf("\n    quality:", start) + 1 : start;
        return text.substring(0, start) + text.substring(end);
    }

    private static String bumpMajor(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? m.replaceFirst("version: " + (Integer.parseInt(m.group(1)) + 1) + ".0.0") : text;
    }
}
