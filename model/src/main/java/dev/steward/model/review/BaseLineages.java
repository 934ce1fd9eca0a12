package dev.steward.model.review;

import dev.steward.model.diff.DiffReport;
import dev.steward.model.lineage.WorkspaceLineage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The blast radius of a diff whose base is a commit: the commit's artifact files (YAML, JSON, CSV,
 * including a tracked {@code target/manifest.json}) are written to a temporary folder and its lineage
 * built there. The last base commit's lineage is kept, with its folder, until another base replaces
 * it or {@link #close()}: the studio diffs against the same base again and again.
 */
final class BaseLineages implements AutoCloseable {

    /** The extensions a base revision's lineage is built from. */
    private static final List<String> LINEAGE_EXTENSIONS = List.of(".yaml", ".yml", ".json", ".csv");

    /** Kept folders not deleted yet: deleted when the JVM exits, should a session never be closed. */
    private static final Set<Path> LIVE_FOLDERS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE_FOLDERS.forEach(BaseLineages::deleteQuietly),
                "steward-review-base-cleanup"));
    }

    private final Repository repo;
    private final RevisionReader reader;
    private Kept kept;

    /** The lineage of a base commit, built from its files in {@code folder}. */
    private record Kept(ObjectId commit, Path folder, BlastRadius radius) {
    }

    BaseLineages(Repository repo, RevisionReader reader) {
        this.repo = repo;
        this.reader = reader;
    }

    /** {@code report} with the blast radius of its breaking changes in {@code base}'s lineage. */
    DiffReport apply(RevCommit base, DiffReport report) throws IOException {
        if (!BlastRadius.needed(report)) {
            return report;
        }
        if (kept == null || !kept.commit().equals(base.getId())) {
            Path folder = Files.createTempDirectory("steward-review-base");
            try {
                writeArtifacts(base, folder);
                BlastRadius radius = BlastRadius.of(folder, untrackedManifest(folder), reader.workspaceRoot());
                close();
                kept = new Kept(base.getId().copy(), folder, radius);
                LIVE_FOLDERS.add(folder);
            } catch (IOException | RuntimeException e) {
                deleteTree(folder);
                throw e;
            }
        }
        return kept.radius().apply(report);
    }

    /**
     * The workspace's {@code target/manifest.json} on disk when the base commit has none: dbt writes it
     * and Git usually ignores it, so the one on disk is the best account of the dbt project there is.
     */
    private Optional<Path> untrackedManifest(Path baseFolder) {
        Path onDisk = reader.workspaceRoot().resolve(WorkspaceLineage.DEFAULT_MANIFEST);
        return Files.isRegularFile(baseFolder.resolve(WorkspaceLineage.DEFAULT_MANIFEST)) || !Files.isRegularFile(onDisk)
                ? Optional.empty()
                : Optional.of(onDisk);
    }

    private void writeArtifacts(RevCommit commit, Path folder) throws IOException {
        try (ObjectReader objects = repo.newObjectReader()) {
            List<IOException> failures = new ArrayList<>();
            reader.eachFile(commit, (path, blob) -> {
                String lower = path.toLowerCase(Locale.ROOT);
                if (LINEAGE_EXTENSIONS.stream().noneMatch(lower::endsWith) || path.startsWith(".steward/")) {
                    return;
                }
                try {
                    Path file = folder.resolve(path);
                    Files.createDirectories(file.getParent());
                    Files.write(file, reader.bytes(blob, objects));
                } catch (IOException e) {
                    failures.add(e);
                }
            });
            if (!failures.isEmpty()) {
                throw failures.getFirst();
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            // a temporary folder the system cleans up eventually; nothing the user can do about it
        }
    }

    /** Forgets the kept lineage and deletes its folder. */
    @Override
    public void close() {
        if (kept != null) {
            deleteQuietly(kept.folder());
            LIVE_FOLDERS.remove(kept.folder());
            kept = null;
        }
    }
}
