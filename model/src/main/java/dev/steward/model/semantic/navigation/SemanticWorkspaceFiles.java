package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.SemanticRecognizer;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the semantic YAML files of a workspace folder from disk into an index, keyed by absolute
 * normalised path (as the studio's editors are). The files are those {@link SemanticProject} reads:
 * the model paths of a dbt project, else the whole folder; files that are not UTF-8 or not semantic
 * are skipped.
 */
public final class SemanticWorkspaceFiles {

    private SemanticWorkspaceFiles() {
    }

    public static SemanticSymbolIndex read(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Map<Path, String> files = new TreeMap<>();
        for (Path p : SemanticProject.modelFiles(base)) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                continue;
            }
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (SemanticRecognizer.recognises(text)) {
                    files.put(p.toAbsolutePath().normalize(), text);
                }
            } catch (MalformedInputException e) {
                // not UTF-8: the file linter reports it
            }
        }
        return SemanticSymbolIndex.of(base, files);
    }
}
