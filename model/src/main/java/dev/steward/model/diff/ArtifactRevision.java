package dev.steward.model.diff;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.util.Objects;

/**
 * One file's text at one revision, parsed once.
 *
 * @param path     workspace-relative path with '/' separators
 * @param text     the file's text at that revision
 * @param document the parsed YAML (may carry syntax problems; differs must cope)
 */
public record ArtifactRevision(String path, String text, YamlDocument document) {

    public ArtifactRevision {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }

    /** Parses {@code text}; syntax problems stay in the document's diagnostics. */
    public static ArtifactRevision parse(String path, String text) {
        return new ArtifactRevision(path, text, new YamlParser().parse(java.nio.file.Path.of(path), text));
    }
}
