package dev.steward.model.diff.contract;

import static dev.steward.model.diff.contract.ContractDiffs.assertRule;
import static dev.steward.model.diff.contract.ContractDiffs.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.diff.VersionVerdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The differ's contract with the engine: broken files, added and deleted contracts, titles, verdicts. */
class ContractDifferTest {

    private static final String ORDERS = ContractDiffs.ODCS_HEAD + "name: Orders\nversion: 1.0.0\n"
            + "schema:\n  - name: orders\n    properties:\n      - name: id\n";

    private static Optional<ArtifactRevision> rev(String text) {
        return Optional.of(ArtifactRevision.parse("contracts/orders.odcs.yaml", text));
    }

    @Test
    void aFileThatDoesNotParseIsOneWarningWithThePosition() {
        String broken = ORDERS + "  - name: [unclosed\n";
        SemanticChange c = single(new ContractDiffer().diff(rev(ORDERS), rev(broken)));
        assertRule(c, ContractDiffer.RULE_UNPARSABLE, ChangeSeverity.WARNING);
        assertTrue(c.headRange().isPresent());
        assertTrue(c.message().startsWith("the contract at head does not parse (line "), c.message());
        assertEquals(Optional.empty(), new ContractDiffer().verdict(rev(ORDERS), rev(broken), java.util.List.of(c)));
    }

    @Test
    void aRepeatedKeyTheParserRecoversFromDoesNotStopTheDiff() {
        String repeated = ORDERS.replace("name: Orders\n", "name: Orders\nname: Orders\n");
        SemanticChange c = single(new ContractDiffer().diff(rev(repeated), rev(repeated.replace("      - name: id\n", ""))));
        assertRule(c, "property-removed", ChangeSeverity.BREAKING);
    }

    @Test
    void anAddedContractIsInfoADeletedOneBreaks() {
        SemanticChange added = single(new ContractDiffer().diff(Optional.empty(), rev(ORDERS)));
        assertRule(added, "contract-added", ChangeSeverity.INFO);
        assertEquals(Optional.of("contract:orders"), added.subject());
        assertRule(single(new ContractDiffer().diff(rev(ORDERS), Optional.empty())), "contract-removed", ChangeSeverity.BREAKING);
        assertEquals(Optional.empty(), new ContractDiffer().verdict(Optional.empty(), rev(ORDERS), java.util.List.of(added)));
    }

    @Test
    void theTitleIsTheIdAndName() {
        assertEquals("Orders — orders", new ContractDiffer().title(rev(ORDERS), rev(ORDERS)));
        assertEquals("orders", new ContractDiffer().title(Optional.empty(), rev(ORDERS.replace("name: Orders\n", ""))));
    }

    @Test
    void aContractWithoutIdGoesByItsFileName() {
        SemanticChange c = single(new ContractDiffer().diff(rev(ORDERS.replace("id: orders\n", "")),
                rev(ORDERS.replace("id: orders\n", "").replace("      - name: id\n", ""))));
        assertEquals(Optional.of("contract:orders/orders/id"), c.subject());
    }

    @Test
    void theEngineRunsTheContractDifferAndJudgesTheVersion() {
        String head = ORDERS.replace("      - name: id\n", "");
        ArtifactDiff diff = SemanticDiffEngine.standard()
                .diff(new SemanticDiffEngine.FilePair(rev(ORDERS), rev(head))).orElseThrow();
        assertEquals(ArtifactKind.ODCS, diff.kind());
        assertEquals("Orders — orders", diff.title());
        assertEquals(1, diff.count(ChangeSeverity.BREAKING));
        VersionVerdict verdict = diff.version().orElseThrow();
        assertEquals("contract-version-not-bumped", verdict.problem().orElseThrow().rule());
    }
}
