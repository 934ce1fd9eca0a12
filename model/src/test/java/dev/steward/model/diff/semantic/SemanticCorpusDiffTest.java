package dev.steward.model.diff.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SemanticCorpusDiffTest {

    private static final SemanticLayerDiffer DIFFER = new SemanticLayerDiffer();

    private static List<SemanticChange> diff(String path, String before, String after) {
        return DIFFER.diff(Optional.of(ArtifactRevision.parse(path, before)), Optional.of(ArtifactRevision.parse(path, after)));
    }

    @Test
    void everyCorpusSemanticFileDiffedAgainstItselfHasNoChange() throws IOException {
        Path semantic = Corpus.require().resolve("semantic");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(semantic)) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (ArtifactDetector.detect(text).filter(ArtifactKind.SEMANTIC::equals).isEmpty()) {
                continue;
            }
            List<SemanticChange> changes = diff(semantic.relativize(file).toString(), text, text);
            assertTrue(changes.isEmpty(), () -> file + ": " + changes);
            compared++;
        }
        assertTrue(compared >= 20, "semantic files compared: " + compared);
    }

    @Test
    void jaffleOrdersWithAMeasureAggregationReplacedHasExactlyThatChange() throws IOException {
        Path file = Corpus.require().resolve("semantic/jaffle-sl-template/models/marts/customer360/orders.yml");
        String text = Files.readString(file);
        int measure = text.indexOf("      - name: order_total\n", text.indexOf("measures:"));
        int agg = text.indexOf("agg: sum", measure);
        String mutated = text.substring(0, agg) + "agg: average" + text.substring(agg + "agg: sum".length());

        List<SemanticChange> changes = diff("models/marts/customer360/orders.yml", text, mutated);

        assertEquals(1, changes.size(), changes::toString);
        SemanticChange c = changes.getFirst();
        assertEquals("measure-agg-changed", c.rule());
        assertEquals(ChangeSeverity.BREAKING, c.severity());
        assertEquals("semantic_models.orders.measures.order_total.agg", c.element());
        assertEquals("measure `orders.order_total` agg sum → average", c.message());
        assertEquals(Optional.of("semantic_model:orders"), c.subject());
        assertEquals(agg + "agg: ".length(), c.headRange().orElseThrow().startOffset());
    }
}
