package dev.steward.model.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the YAML files ({@code *.yaml}, {@code *.yml}) a workspace lint looks at. Folders are
 * walked recursively without descending into linked folders (linked files are taken); build output, dependency folders, Steward's
 * own folder and hidden folders (and hidden files, such as editor and atomic-write temporaries) are
 * skipped. A file given directly is always taken, whatever its name. Stateless and thread-safe.
 */
public final class WorkspaceScanner {

    /** Folder names never descended into. Hidden folders ({@code .name}) are skipped as well. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", ".steward");

    /** A path that could not be scanned, with a sentence saying why. */
    public record Problem(Path path, String message, boolean missing) {
    }

    /** The files found, in a stable order (per root, sorted by path), without duplicates. */
    public record Scan(List<Path> files, List<Problem> problems) {
        public Scan {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public static boolean isYamlName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public Scan scan(Collection<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                add(root, files, seen);
            } else if (Files.isDirectory(root)) {
                List<Path> found = new ArrayList<>();
                walk(root, found, problems);
                found.sort(null);
                found.forEach(f -> add(f, files, seen));
            } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) || Files.exists(root)) {
                problems.add(new Problem(root, "Not a file or folder: " + root, false));
            } else {
                problems.add(new Problem(root, "No such file or folder: " + root, true));
            }
        }
        return new Scan(files, problems);
    }

    private static void add(Path file, List<Path> files, Set<Path> seen) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    private static void walk(Path root, List<Path> found, List<Problem> problems) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isSkipped(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                    if (regular && isYamlName(file) && !isHidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) { // deleted while walking: nothing to report
                        problems.add(new Problem(file, "Cannot read " + file + ": " + reason(e), false));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root, "Cannot read folder " + root + ": " + reason(e), false));
        }
    }

    static boolean isSkipped(Path dir) {
        Path name = dir.getFileName();
        return name != null && (SKIPPED_FOLDERS.contains(name.toString()) || isHidden(dir));
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
