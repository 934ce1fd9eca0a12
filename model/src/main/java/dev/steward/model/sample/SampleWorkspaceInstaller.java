package dev.steward.model.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.util.FileUtils;

/**
 * Installs the bundled sample workspace on first start: copies its files, makes it a Git
 * repository and commits everything, so that the first thing a user sees is a clean history.
 *
 * <p>The work happens in a temporary sibling folder that is moved into place only when complete,
 * so an interrupted install never leaves a half-copied sample or half-made repository where the
 * studio would open it. A target folder that already has content is never touched.
 */
public final class SampleWorkspaceInstaller {

    public static final String AUTHOR_NAME = "Steward";
    public static final String AUTHOR_EMAIL = "steward@localhost";
    public static final String COMMIT_MESSAGE = "Sample workspace";
    public static final String BRANCH = "main";

    private final SampleSource source;
    private final SampleSource branches;

    /** Installs the sample bundled in the resources jar, with its branches. */
    public SampleWorkspaceInstaller() {
        this(SampleSource.classpath(), SampleSource.classpath(SampleSource.class.getClassLoader(),
                SampleSource.CLASSPATH_BRANCHES_FOLDER));
    }

    /** Installs a sample without branches. */
    public SampleWorkspaceInstaller(SampleSource source) {
        this(source, SampleSource.empty());
    }

    /** Installs a sample and the branches listed in {@code branches}' {@link SampleBranch#INDEX}. */
    public SampleWorkspaceInstaller(SampleSource source, SampleSource branches) {
        this.source = Objects.requireNonNull(source, "source");
        this.branches = Objects.requireNonNull(branches, "branches");
    }

    /**
     * Installs the sample into {@code target} unless it already exists with content.
     *
     * @return {@code target}, whether it was installed now or left alone
     * @throws IOException when the sample cannot be read, the folder cannot be written, or
     *                     {@code target} exists and is not a folder
     */
    public Path installIfMissing(Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        if (hasContent(dir)) {
            return target;
        }
        Path parent = dir.getParent();
        if (parent == null) {
            throw new IOException("Cannot install the sample workspace at the root of a file system: " + dir);
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".installing-");
        try {
            copySample(staging);
            commitAll(staging, SampleBranch.read(branches));
            moveIntoPlace(staging, dir);
        } catch (IOException | RuntimeException e) {
            try {
                deleteRecursively(staging);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        deleteRecursively(staging); // still there only when another process installed first
        return target;
    }

    /** The relative paths listed in the sample's index, in order, without blanks and comments. */
    public List<String> listedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        try (InputStream in = source.open(SampleSource.INDEX)) {
            String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int lineNo = 0;
            for (String line : index.split("\\R")) {
                lineNo++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                files.add(checkedEntry(entry, lineNo, SampleSource.INDEX));
            }
        }
        if (files.isEmpty()) {
            throw new IOException("The sample's " + SampleSource.INDEX + " lists no files");
        }
        return files;
    }

    /** {@code entry} when it is a plain relative path; else a message naming line {@code lineNo} of {@code listing}. */
    static String checkedEntry(String entry, int lineNo, String listing) throws IOException {
        boolean escapes = entry.startsWith("/") || entry.contains("\\") || entry.contains(":")
                || Stream.of(entry.split("/")).anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."));
        if (escapes) {
            throw new IOException("Line " + lineNo + " of the sample's " + listing + " is not a plain relative path: '"
                    + entry + "' (expected e.g. contracts/orders.odcs.yaml)");
        }
        return entry;
    }

    private void copySample(Path into) throws IOException {
        for (String file : listedFiles()) {
            Path destination = into.resolve(file);
            Files.createDirectories(destination.getParent());
            try (InputStream in = source.open(file)) {
                Files.copy(in, destination);
            }
        }
    }

    /** Commits the sample on {@code main}, then each branch as one commit on top of it; ends on {@code main}. */
    private void commitAll(Path dir, List<SampleBranch> sampleBranches) throws IOException {
        PersonIdent steward = new PersonIdent(AUTHOR_NAME, AUTHOR_EMAIL);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(BRANCH).call()) {
            git.add().addFilepattern(".").call();
            commit(git, COMMIT_MESSAGE, steward);
            for (SampleBranch branch : sampleBranches) {
                git.checkout().setCreateBranch(true).setName(branch.name()).call();
                for (String file : branch.files()) {
                    Path destination = dir.resolve(file);
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = branches.open(branch.folder() + file)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                    git.add().addFilepattern(file).call();
                }
                commit(git, branch.message(), steward);
                git.checkout().setName(BRANCH).call();
            }
        } catch (GitAPIException e) {
            throw new IOException("Could not create the Git history of the sample workspace in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void commit(Git git, String message, PersonIdent steward) throws GitAPIException {
        git.commit()
                .setMessage(message)
                .setAuthor(steward)
                .setCommitter(steward)
                .setSign(false)
                .setNoVerify(true)
                .call();
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try {
                Files.delete(target); // empty: hasContent was false
            } catch (DirectoryNotEmptyException raced) {
                return; // someone filled it meanwhile; theirs wins
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            if (!hasContent(target)) {
                throw raced;
            }
        }
    }

    private static boolean hasContent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("Cannot install the sample workspace: " + dir + " exists and is not a folder");
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isPresent();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
        }
    }
}
