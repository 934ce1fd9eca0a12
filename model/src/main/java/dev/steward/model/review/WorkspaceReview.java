package dev.steward.model.review;

import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.git.GitFailures;
import dev.steward.model.git.GitProblem;
import dev.steward.model.git.Identity;
import dev.steward.model.git.RepositoryLocator;
import dev.steward.model.workspace.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reviews in one workspace's Git repository: the entry point for the studio's review view and the
 * {@code steward diff|breaking|changelog} commands. All methods may block; call them off the FX
 * thread. Calls are serialised.
 *
 * <p>Files are read at each revision through JGit, never checked out. The review of a branch is the
 * file {@code .steward/reviews/<branch>.yaml} in the workspace folder (see {@link ReviewFile}): it is
 * written into the working tree, for the user to commit with the branch; it is read from the working
 * tree when present there, else from the branch's head commit.
 */
public final class WorkspaceReview implements AutoCloseable {

    /** The extensions whose files are read and diffed (artifacts); other changed files are only listed. */
    private static final List<String> ARTIFACT_EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final Repository repo;
    private final Git git;
    private final RevisionReader reader;
    private final SemanticDiffEngine engine;
    private final BranchMerge merger;
    private final BaseLineages baseLineages;

    private WorkspaceReview(Repository repo, String prefix, SemanticDiffEngine engine) {
        this.repo = repo;
        this.git = new Git(repo);
        this.reader = new RevisionReader(repo, prefix);
        this.engine = engine;
        this.merger = new BranchMerge(git);
        this.baseLineages = new BaseLineages(repo, reader);
    }

    /** The repository holding {@code workspace} (the workspace may be a sub-folder of it), with every standard differ. */
    public static WorkspaceReview open(Path workspace) throws GitProblem {
        return open(workspace, SemanticDiffEngine.standard());
    }

    /** As {@link #open(Path)}, diffing with {@code engine}. */
    public static WorkspaceReview open(Path workspace, SemanticDiffEngine engine) throws GitProblem {
        Path start;
        try {
            start = workspace.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new GitProblem(GitProblem.Kind.OTHER, "The workspace folder " + workspace + " does not exist.", e);
        }
        Repository repository = RepositoryLocator.open(start);
        try {
            Path root = repository.getWorkTree().toPath().toRealPath();
            String prefix = root.relativize(start).toString().replace('\\', '/');
            return new WorkspaceReview(repository, prefix, engine);
        } catch (IOException e) {
            repository.close();
            throw new GitProblem(GitProblem.Kind.OTHER, "Could not read the working tree of " + repository.getDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The workspace folder. */
    public Path workspace() {
        return reader.workspaceRoot();
    }

    /** Local branch names, current first. */
    public synchronized List<String> branches() throws GitProblem {
        try {
            Optional<String> current = currentBranch();
            List<String> names = new ArrayList<>();
            current.ifPresent(names::add);
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
                String name = Repository.shortenRefName(ref.getName());
                if (current.filter(name::equals).isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw GitFailures.of(repo, "list the branches", e);
        }
    }

    /** The checked-out branch, empty on a detached HEAD. */
    public synchronized Optional<String> currentBranch() throws GitProblem {
        try {
            String full = repo.getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS)
                    ? Optional.of(full.substring(Constants.R_HEADS.length()))
                    : Optional.empty();
        } catch (IOException e) {
            throw GitFailures.of(repo, "read the current branch", e);
        }
    }

    /** {@code branch} against its merge base with {@code target}: base is the merge-base commit, head the branch. */
    public synchronized ReviewRange branchRange(String branch, String target) throws GitProblem {
        RevCommit head = commitOf(branch);
        RevCommit onto = commitOf(target);
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(onto));
            RevCommit base = walk.next();
            if (base == null) {
                throw new GitProblem(GitProblem.Kind.OTHER, branch + " and " + target
                        + " share no history (no merge base): compare two revisions instead.");
            }
            String abbreviated;
            try (ObjectReader objects = repo.newObjectReader()) {
                abbreviated = objects.abbreviate(base, 10).name();
            }
            return new ReviewRange(Revision.of(abbreviated), Revision.of(branch));
        } catch (IOException e) {
            throw GitFailures.of(repo, "find the merge base of " + branch + " and " + target, e);
        }
    }

    /**
     * The semantic diff of the workspace's artifact files between {@code range}'s sides, each breaking
     * change with its blast radius when {@code withImpact}. Unknown revisions fail with a message naming them.
     */
    public DiffReport diff(ReviewRange range, boolean withImpact) throws GitProblem {
        return diffTimed(range, withImpact).report();
    }

    /** {@link #diff} with the time each phase took (for the benchmark and the studio's status line). */
    public synchronized DiffTiming diffTimed(ReviewRange range, boolean withImpact) throws GitProblem {
        RevisionSide base = reader.resolve(range.base());
        RevisionSide head = reader.resolve(range.head());
        try (ObjectReader objects = repo.newObjectReader()) {
            long t0 = System.nanoTime();
            List<ChangedFile> changed = reader.changes(base, head).stream()
                    .filter(c -> !c.path().startsWith(".steward/")).toList();
            long t1 = System.nanoTime();
            List<SemanticDiffEngine.FilePair> pairs = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (ChangedFile c : changed) {
                if (hasExtension(c.path(), ARTIFACT_EXTENSIONS)
                        || c.basePath().filter(p -> hasExtension(p, ARTIFACT_EXTENSIONS)).isPresent()) {
                    pairs.add(new SemanticDiffEngine.FilePair(side(c.basePath(), c.baseBlob(), objects),
                            side(c.headPath(), c.headBlob(), objects)));
                } else {
                    others.add(c.path());
                }
            }
            long t2 = System.nanoTime();
            DiffReport report = engine.diff(base.label(), head.label(), pairs);
            if (!others.isEmpty()) {
                List<String> all = new ArrayList<>(report.otherPaths());
                all.addAll(others);
                all.sort(null);
                report = new DiffReport(report.baseLabel(), report.headLabel(), report.artifacts(), all);
            }
            long t3 = System.nanoTime();
            if (withImpact) {
                report = withBlastRadius(base, report);
            }
            long t4 = System.nanoTime();
            return new DiffTiming(report, t1 - t0, t2 - t1, t3 - t2, t4 - t3, changed.size());
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "compare " + range.label(), e);
        }
    }

    private Optional<ArtifactRevision> side(Optional<String> path, Optional<ObjectId> blob, ObjectReader objects)
            throws IOException {
        Optional<String> text = reader.text(path, blob, objects);
        return text.map(t -> ArtifactRevision.parse(path.orElseThrow(), t));
    }

    private static boolean hasExtension(String path, List<String> extensions) {
        String lower = path.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    private DiffReport withBlastRadius(RevisionSide base, DiffReport report) throws IOException {
        return base instanceof RevisionSide.AtCommit at
                ? baseLineages.apply(at.commit(), report)
                : BlastRadius.needed(report) ? BlastRadius.of(reader.workspaceRoot()).apply(report) : report;
    }

    /** The stored review of {@code branch}, empty when there is none yet. */
    public synchronized Optional<ReviewRecord> review(String branch) throws GitProblem {
        Path file = reviewFile(branch);
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(ReviewFile.read(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
            Optional<String> committed = committedReview(branch);
            return committed.isEmpty() ? Optional.empty() : Optional.of(ReviewFile.read(file, committed.get()));
        } catch (IOException e) {
            throw GitFailures.of(repo, "read the review of " + branch, e);
        }
    }

    private Optional<String> committedReview(String branch) throws IOException {
        ObjectId tip = repo.resolve(Constants.R_HEADS + branch + "^{commit}");
        if (tip == null) {
            return Optional.empty();
        }
        String repoPath = (reader.prefix().isEmpty() ? "" : reader.prefix() + "/") + ReviewFile.pathOf(branch);
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = TreeWalk.forPath(repo, repoPath, walk.parseCommit(tip).getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            return Optional.of(new String(repo.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Where the review of {@code branch} is written: {@code .steward/reviews/<branch>.yaml} in the
     * workspace, a branch's slashes kept as folders ({@code feature/x} → {@code feature/x.yaml}).
     */
    public Path reviewFile(String branch) {
        return reader.workspaceRoot().resolve(ReviewFile.pathOf(branch));
    }

    /** Adds a comment to the review file of {@code branch} (created when missing) and returns the review. */
    public synchronized ReviewRecord comment(String branch, String target, String path, String element, Identity author,
                                             String text) throws GitProblem {
        if (text == null || text.isBlank()) {
            throw new GitProblem(GitProblem.Kind.OTHER, "The comment is empty: write what the author should look at.");
        }
        commitOf(branch);
        return update(branch, target, r -> {
            List<ReviewComment> comments = new ArrayList<>(r.comments());
            comments.add(new ReviewComment(nextCommentId(r), path, element == null ? "" : element, author.toString(),
                    now(), text.strip()));
            return new ReviewRecord(r.branch(), r.target(), comments, r.decisions());
        });
    }

    /** Records {@code reviewer}'s verdict on the branch's current head. */
    public synchronized ReviewRecord decide(String branch, String target, Identity reviewer, ReviewDecision.Verdict verdict,
                                            String note) throws GitProblem {
        String head = commitOf(branch).name();
        return update(branch, target, r -> {
            List<ReviewDecision> decisions = new ArrayList<>(r.decisions());
            decisions.add(new ReviewDecision(reviewer.toString(), verdict, now(), head, note == null ? "" : note.strip()));
            return new ReviewRecord(r.branch(), r.target(), r.comments(), decisions);
        });
    }

    private ReviewRecord update(String branch, String target, UnaryOperator<ReviewRecord> change) throws GitProblem {
        ReviewRecord current = review(branch).orElse(new ReviewRecord(branch, target, List.of(), List.of()));
        ReviewRecord updated = change.apply(current);
        try {
            AtomicFileWriter.writeString(reviewFile(branch), ReviewFile.write(updated));
            return updated;
        } catch (IOException e) {
            throw GitFailures.of(repo, "write the review file " + reviewFile(branch), e);
        }
    }

    private static String nextCommentId(ReviewRecord r) {
        int max = 0;
        for (ReviewComment c : r.comments()) {
            if (c.id().matches("c\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(c.id().substring(1)));
            }
        }
        return "c" + (max + 1);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Where {@code branch}'s review stands (approval at an older head is stale). */
    public synchronized ReviewStatus status(String branch) throws GitProblem {
        String head = commitOf(branch).name();
        return ReviewVerdicts.status(review(branch), head);
    }

    /** Merges {@code branch} into {@code target} (checked out first when the tree is clean). */
    public synchronized MergeOutcome merge(String branch, String target, Identity who) throws GitProblem {
        return merger.merge(branch, target, who);
    }

    /** Aborts a merge left with conflicts: resets to the target's head. */
    public synchronized MergeOutcome abortMerge() throws GitProblem {
        return merger.abort();
    }

    /** The identity configured in Git, if any. */
    public Optional<Identity> configuredIdentity() {
        return Identity.of(repo.getConfig().getString("user", null, "name"), repo.getConfig().getString("user", null, "email"));
    }

    private RevCommit commitOf(String branch) throws GitProblem {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(Constants.R_HEADS + branch + "^{commit}");
            if (id == null) {
                throw reader.unknown(branch);
            }
            return walk.parseCommit(id);
        } catch (IOException | RuntimeException e) {
            throw GitFailures.of(repo, "read branch " + branch, e);
        }
    }

    @Override
    public synchronized void close() {
        baseLineages.close();
        git.close();
        repo.close();
    }
}
