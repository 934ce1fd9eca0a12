package dev.steward.model.diff.product;

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

class DataProductCorpusDiffTest {

    private static final DataProductDiffer DIFFER = new DataProductDiffer();

    private static List<SemanticChange> diff(String before, String after) {
        return DIFFER.diff(Optional.of(ArtifactRevision.parse("p.yaml", before)), Optional.of(ArtifactRevision.parse("p.yaml", after)));
    }

    @Test
    void everyCorpusDataProductDiffedAgainstItselfHasNoChange() throws IOException {
        Path lineage = Corpus.require().resolve("lineage");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(lineage)) {
            files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            if (ArtifactDetector.detect(text).filter(ArtifactKind.DATA_PRODUCT::equals).isPresent()) {
                List<SemanticChange> changes = diff(text, text);
                assertTrue(changes.isEmpty(), () -> file + ": " + changes);
                compared++;
            }
        }
        assertTrue(compared >= 4, "data products compared: " + compared);
    }

    @Test
    void theOdpsCustomerProductWithItsFirstOutputContractReplacedHasExactlyThatChange() throws IOException {
        String text = Files.readString(Corpus.require().resolve("lineage/open-data-product-standard/customer-data-product.odps.yaml"));
        int ports = text.indexOf("outputPorts:");
        int contract = text.indexOf("contractId:", ports);
        int end = text.indexOf('\n', contract);
        String mutated = text.substring(0, contract) + "contractId: replaced-contract" + text.substring(end);

        List<SemanticChange> changes = diff(text, mutated);

        assertEquals(1, changes.size(), changes::toString);
        assertEquals("output-port-contract-changed", changes.getFirst().rule());
        assertEquals(ChangeSeverity.BREAKING, changes.getFirst().severity());
        assertEquals(Optional.of("replaced-contract"), changes.getFirst().after());
    }
}
