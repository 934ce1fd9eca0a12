package dev.steward.model.diff.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every contract of the shared corpus: identical revisions give no change; any two of one kind diff cleanly. */
class ContractDiffCorpusTest {

    @Test
    void everyCorpusContractDiffsCleanlyAgainstItselfAndItsNeighbour() throws IOException {
        List<ArtifactRevision> contracts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Corpus.require())) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(p -> {
                String text = read(p);
                if (ArtifactDetector.detect(text).filter(k -> k == ArtifactKind.ODCS || k == ArtifactKind.DCS).isPresent()) {
                    contracts.add(ArtifactRevision.parse(p.toString(), text));
                }
            });
        }
        assertTrue(contracts.size() > 50, "corpus contracts: " + contracts.size());
        ContractDiffer differ = new ContractDiffer();
        Map<Boolean, List<ArtifactRevision>> byKind = contracts.stream()
                .collect(Collectors.partitioningBy(r -> ArtifactDetector.detect(r.text()).orElseThrow() == ArtifactKind.DCS));
        for (List<ArtifactRevision> kind : byKind.values()) {
            for (int i = 0; i < kind.size(); i++) {
                ArtifactRevision r = kind.get(i);
                List<SemanticChange> same = differ.diff(Optional.of(r), Optional.of(r));
                assertEquals(List.of(), same.stream().filter(c -> !c.rule().equals(ContractDiffer.RULE_UNPARSABLE)).toList(), r.path());
                ArtifactRevision next = kind.get((i + 1) % kind.size());
                for (SemanticChange c : differ.diff(Optional.of(r), Optional.of(next))) {
                    assertFalse(c.message().isBlank(), c.element());
                    assertTrue(c.baseRange().isPresent() || c.headRange().isPresent(), c.element() + " in " + next.path());
                    assertFalse(c.message().contains("\n"), c.message());
                }
                differ.verdict(Optional.of(r), Optional.of(next), differ.diff(Optional.of(r), Optional.of(next)));
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
