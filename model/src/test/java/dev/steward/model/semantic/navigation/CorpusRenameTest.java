package dev.steward.model.semantic.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.testing.Corpus;
import dev.steward.model.text.TextEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renaming any explicitly named symbol of a real project leaves a project that resolves the same way. */
class CorpusRenameTest {

    @ParameterizedTest
    @ValueSource(strings = {"semantic/jaffle-sl-template/models", "semantic/metricflow/mf_tutorial/models",
            "semantic/metricflow/semantic_manifest_yamls/multi_hop_join_manifest"})
    void everyRenameKeepsEveryReferenceResolved(String folder) throws IOException {
        Path root = Corpus.require().resolve(folder);
        Map<Path, String> files = CorpusNavigationTest.read(root);
        SemanticSymbolIndex index = SemanticSymbolIndex.of(root, files);
        int renamed = 0;
        for (SymbolDefinition d : index.definitions()) {
            SymbolKey key = d.key();
            SemanticRename.Result result = SemanticRename.rename(index, key, key.name() + "_renamed");
            if (!Set.of(SymbolKind.MEASURE, SymbolKind.METRIC, SymbolKind.DIMENSION, SymbolKind.ENTITY).contains(key.kind())
                    || !index.definitions(key).stream().allMatch(x -> x.explicitName() || x.naming().isPresent())) {
                continue;
            }
            assertTrue(result.accepted(), key + ": " + result.refusal().orElse(""));
            SemanticSymbolIndex next = index;
            for (Map.Entry<Path, List<TextEdit>> e : result.edits().entrySet()) {
                next = next.with(e.getKey(), TextEdit.applyAll(files.get(e.getKey()), e.getValue()));
            }
            SymbolKey to = new SymbolKey(key.kind(), key.model(), key.name() + "_renamed");
            assertEquals(List.of(), next.unresolved(), key.toString());
            assertEquals(index.occurrences(key).size(), next.occurrences(to).size(), key.toString());
            renamed++;
        }
        assertTrue(renamed > 10, "renamed " + renamed);
    }
}
