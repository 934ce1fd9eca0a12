package dev.steward.model.semantic.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Over real projects, every name written resolves to a definition and sits exactly on its text. */
class CorpusNavigationTest {

    @ParameterizedTest
    @ValueSource(strings = {"semantic/jaffle-sl-template/models", "semantic/metricflow/mf_tutorial/models",
            "semantic/dbt-semantic-interfaces/simple_semantic_manifest",
            "semantic/metricflow/semantic_manifest_yamls/simple_manifest",
            "semantic/metricflow/semantic_manifest_yamls/derived_metrics_manifest",
            "semantic/metricflow/semantic_manifest_yamls/multi_hop_join_manifest",
            "semantic/metricflow/semantic_manifest_yamls/scd_manifest"})
    void everyReferenceResolvesToADefinition(String folder) throws IOException {
        Path root = Corpus.require().resolve(folder);
        SemanticSymbolIndex index = SemanticSymbolIndex.of(root, read(root));

        assertEquals(java.util.List.of(), index.unresolved());
        long references = index.paths().stream().flatMap(p -> index.occurrences(p).stream()).filter(o -> !o.definition()).count();
        assertTrue(references >= 5, "references found: " + references);
        for (Path path : index.paths()) {
            String text = index.text(path).orElseThrow();
            for (SymbolOccurrence o : index.occurrences(path)) {
                String written = text.substring(o.location().range().startOffset(), o.location().range().endOffset());
                assertEquals(o.key().name(), written, "at " + o.location().describe());
            }
        }
    }

    static Map<Path, String> read(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).toList()) {
                files.put(root.relativize(p), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
