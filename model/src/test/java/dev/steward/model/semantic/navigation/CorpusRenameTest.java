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
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renaming any explicitly named symbol of a real project leaves a project that resolves the same way. */
class CorpusRenameTest {

    @ParameterizedTest
    @ValueSource(strings = {"semantic/jaffle-sl-template/models", "semantic/metricflow/mf_tutorial/models"})
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
            Map<Path, String> after = new TreeMap<>(files);
            result.edits().forEach((p, edits) -> after.put(p, TextEdit.applyAll(after.get(p), edits)));
            SemanticSymbolIndex next = SemanticSymbolIndex.of(root, after);
            SymbolKey to = new SymbolKey(key.kind(), key.model(), key.name() + "_renamed");
            assertEquals(List.of(), next.unresolved(), key.toString());
            assertEquals(index.occurrences(key).size(), next.occurrences(to).size(), key.toString());
            renamed++;
        }
        assertTrue(renamed > 10, "renamed " + renamed);
    }
}
