package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.SemanticRecognizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the semantic YAML files of a workspace folder from disk into an index, keyed by absolute
 * normalised path (as the studio's editors are). Hidden folders, {@code target} and
 * {@code dbt_packages} are skipped, as are files that are not UTF-8 or not semantic.
 */
public final class SemanticWorkspaceFiles {

    private SemanticWorkspaceFiles() {
    }

    public static SemanticSymbolIndex read(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Map<Path, String> files = new TreeMap<>();
        if (!Files.isDirectory(base)) {
            return SemanticSymbolIndex.of(base, files);
        }
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> yaml(p) && !hidden(base.relativize(p))).toList()) {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (SemanticRecognizer.recognises(text)) {
                        files.put(p, text);
                    }
                } catch (MalformedInputException e) {
                    // not UTF-8: the file linter reports it
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return SemanticSymbolIndex.of(base, files);
    }

    private static boolean yaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("target") || s.equals("dbt_packages")) {
                return true;
            }
        }
        return false;
    }
}
