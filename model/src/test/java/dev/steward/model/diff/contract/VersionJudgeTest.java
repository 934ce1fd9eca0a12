package dev.steward.model.diff.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.diff.VersionVerdict.Bump;
import dev.steward.model.text.TextEdit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Version discipline: breaking needs a major bump, any other change some bump, with a quick fix. */
class VersionJudgeTest {

    private static final String REMOVED_STATUS = "schema:\n  - name: orders\n    properties:\n      - name: id\n";
    private static final String WITH_STATUS = REMOVED_STATUS + "      - name: status\n";

    private static String contract(String version, String body) {
        return ContractDiffs.ODCS_HEAD + (version == null ? "" : "version: " + version + "\n") + body;
    }

    private static VersionVerdict verdict(String before, String after) {
        ArtifactRevision base = ArtifactRevision.parse("orders.odcs.yaml", before);
        ArtifactRevision head = ArtifactRevision.parse("orders.odcs.yaml", after);
        ContractDiffer differ = new ContractDiffer();
        return differ.verdict(Optional.of(base), Optional.of(head), differ.diff(Optional.of(base), Optional.of(head))).orElseThrow();
    }

    private static String fixed(String after, Diagnostic problem) {
        return TextEdit.applyAll(after, problem.fixes().getFirst().edits());
    }

    @Test
    void aBreakingChangeWithoutAMajorBumpIsAnErrorWithAFix() {
        String after = contract("1.2.4", REMOVED_STATUS);
        VersionVerdict v = verdict(contract("1.2.3", WITH_STATUS), after);
        assertEquals(Bump.PATCH, v.bump());
        assertEquals(Bump.MAJOR, v.required());
        Diagnostic problem = v.problem().orElseThrow();
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals("contract-version-not-bumped", problem.rule());
        assertEquals("1 breaking change needs a major version bump, but version is 1.2.4 (was 1.2.3); set it to 2.0.0",
                problem.message());
        assertEquals("1.2.4", after.substring(problem.range().startOffset(), problem.range().endOffset()));
        assertEquals("Set version to 2.0.0", problem.fixes().getFirst().title());
        assertEquals(contract("2.0.0", REMOVED_STATUS), fixed(after, problem));
    }

    @Test
    void aMajorBumpHoldsTheDiscipline() {
        VersionVerdict v = verdict(contract("1.2.3", WITH_STATUS), contract("2.0.0", REMOVED_STATUS));
        assertEquals(Bump.MAJOR, v.bump());
        assertTrue(v.holds());
    }

    @Test
    void beforeOneZeroAMinorBumpCountsAsMajor() {
        assertTrue(verdict(contract("0.3.1", WITH_STATUS), contract("0.4.0", REMOVED_STATUS)).holds());
        String after = contract("0.3.1", REMOVED_STATUS);
        Diagnostic problem = verdict(contract("0.3.1", WITH_STATUS), after).problem().orElseThrow();
        assertEquals(contract("0.4.0", REMOVED_STATUS), fixed(after, problem));
    }

    @Test
    void aMinorBumpIsNotEnoughForABreakingChangeAfterOneZero() {
        assertEquals(Severity.ERROR, verdict(contract("1.2.3", WITH_STATUS), contract("1.3.0", REMOVED_STATUS))
                .problem().orElseThrow().severity());
    }

    @Test
    void aNonBreakingChangeWithoutABumpIsAWarning() {
        String after = contract("1.2.3", WITH_STATUS + "        description: state\n");
        VersionVerdict v = verdict(contract("1.2.3", WITH_STATUS), after);
        assertEquals(Bump.NONE, v.bump());
        assertEquals(Bump.PATCH, v.required());
        Diagnostic problem = v.problem().orElseThrow();
        assertEquals(Severity.WARNING, problem.severity());
        assertEquals("the contract changed but its version did not (version is still 1.2.3); set it to 1.2.4", problem.message());
        assertEquals("contract-version-bump-missing", problem.rule());
        assertEquals(contract("1.2.4", WITH_STATUS + "        description: state\n"), fixed(after, problem));
        assertTrue(verdict(contract("1.2.3", WITH_STATUS), contract("1.2.4", WITH_STATUS + "        description: state\n")).holds());
    }

    @Test
    void noChangeNeedsNoBumpAndAVersionOnlyChangeIsFine() {
        VersionVerdict same = verdict(contract("1.0.0", WITH_STATUS), contract("1.0.0", WITH_STATUS));
        assertEquals(Bump.NONE, same.required());
        assertTrue(same.holds());
        assertTrue(verdict(contract("1.0.0", WITH_STATUS), contract("1.0.1", WITH_STATUS)).holds());
    }

    @Test
    void theFixKeepsTheVersionsQuotes() {
        String after = contract("'1.0.0'", REMOVED_STATUS);
        Diagnostic problem = verdict(contract("'1.0.0'", WITH_STATUS), after).problem().orElseThrow();
        assertEquals(contract("'2.0.0'", REMOVED_STATUS), fixed(after, problem));
    }

    @Test
    void aMissingVersionGetsOneInsertedAtTheTopOfTheContract() {
        String after = contract(null, REMOVED_STATUS);
        VersionVerdict v = verdict(contract("1.0.0", WITH_STATUS), after);
        assertEquals(Bump.NONE, v.bump());
        Diagnostic removed = v.problem().orElseThrow();
        assertEquals(1, removed.line());
        assertEquals("version: 2.0.0\n" + after, fixed(after, removed));
        VersionVerdict none = verdict(contract(null, WITH_STATUS), after);
        Diagnostic problem = none.problem().orElseThrow();
        assertEquals(1, problem.line());
        assertEquals(0, problem.fixes().size(), "no base version to bump from");
    }

    @Test
    void anUnparsableVersionIsNotJudged() {
        VersionVerdict v = verdict(contract("v1", WITH_STATUS), contract("version-two", REMOVED_STATUS));
        assertEquals(Bump.UNPARSABLE, v.bump());
        assertTrue(v.holds());
    }

    @Test
    void dcsUsesInfoVersion() {
        String model = "models:\n  o:\n    fields:\n      a:\n        type: string\n";
        String after = ContractDiffs.DCS_HEAD + "info:\n  title: O\n  version: 1.0.0\n" + "models:\n  o:\n    fields: {}\n";
        ArtifactRevision base = ArtifactRevision.parse("o.yaml", ContractDiffs.DCS_HEAD + "info:\n  title: O\n  version: 1.0.0\n" + model);
        ArtifactRevision head = ArtifactRevision.parse("o.yaml", after);
        ContractDiffer differ = new ContractDiffer();
        Diagnostic problem = differ.verdict(Optional.of(base), Optional.of(head), differ.diff(Optional.of(base), Optional.of(head)))
                .orElseThrow().problem().orElseThrow();
        assertTrue(fixed(after, problem).contains("  version: 2.0.0\n"));
    }
}
