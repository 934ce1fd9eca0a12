package dev.steward.model.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspaces opened lately, most recent first, at most {@value #MAX}; kept as one absolute
 * path per line in {@code recent-workspaces.txt} of a settings folder. Folders that no longer
 * exist are left out of {@link #list()} and dropped at the next {@link #add}.
 */
public final class RecentWorkspaces {

    public static final int MAX = 10;
    public static final String FILE_NAME = "recent-workspaces.txt";

    private final Path file;

    public RecentWorkspaces(Path settingsDir) {
        this.file = settingsDir.resolve(FILE_NAME);
    }

    public synchronized List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (Path p : stored()) {
            if (Files.isDirectory(p) && !out.contains(p) && out.size() < MAX) {
                out.add(p);
            }
        }
        return out;
    }

    /** Puts {@code folder} first. */
    public synchronized void add(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(key);
        list().stream().filter(p -> !p.equals(key)).limit(MAX - 1).forEach(next::add);
        save(next);
    }

    public synchronized void remove(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        if (next.remove(key)) {
            save(next);
        }
    }

    private List<Path> stored() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        paths.add(Path.of(line.strip()).toAbsolutePath().normalize());
                    } catch (InvalidPathException e) {
                        // a line written on another platform: skip it
                    }
                }
            }
            return paths;
        } catch (IOException e) {
            return List.of(); // an unreadable list is an empty list; the next add rewrites it
        }
    }

    private void save(List<Path> paths) throws IOException {
        StringBuilder text = new StringBuilder();
        paths.forEach(p -> text.append(p).append('\n'));
        AtomicFileWriter.writeString(file, text.toString());
    }
}
