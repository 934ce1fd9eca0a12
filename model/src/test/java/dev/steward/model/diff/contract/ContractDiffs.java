package dev.steward.model.diff.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Diffs small contract texts in tests and finds changes by element path. */
final class ContractDiffs {

    static final String ODCS_HEAD = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            status: active
            """;

    static final String DCS_HEAD = """
            dataContractSpecification: 1.2.1
            id: orders
            """;

    private ContractDiffs() {
    }

    static List<SemanticChange> diff(String before, String after) {
        return new ContractDiffer().diff(Optional.of(ArtifactRevision.parse("orders.odcs.yaml", before)),
                Optional.of(ArtifactRevision.parse("orders.odcs.yaml", after)));
    }

    /** ODCS texts: the common head plus {@code version: 1.0.0} and {@code body}. */
    static List<SemanticChange> odcs(String before, String after) {
        return diff(ODCS_HEAD + "version: 1.0.0\n" + before, ODCS_HEAD + "version: 1.0.0\n" + after);
    }

    static List<SemanticChange> dcs(String before, String after) {
        String info = "info:\n  title: Orders\n  version: 1.0.0\n";
        return diff(DCS_HEAD + info + before, DCS_HEAD + info + after);
    }

    /** The only change; fails listing them all otherwise. */
    static SemanticChange single(List<SemanticChange> changes) {
        if (changes.size() != 1) {
            fail("expected one change, got " + changes.size() + ":\n" + render(changes));
        }
        return changes.getFirst();
    }

    static SemanticChange at(List<SemanticChange> changes, String element) {
        List<SemanticChange> found = changes.stream().filter(c -> c.element().equals(element)).toList();
        if (found.size() != 1) {
            fail("expected one change at " + element + ", got " + found.size() + ":\n" + render(changes));
        }
        return found.getFirst();
    }

    static void assertRule(SemanticChange change, String rule, ChangeSeverity severity) {
        assertEquals(rule + "/" + severity, change.rule() + "/" + change.severity(), change::message);
    }

    static String render(List<SemanticChange> changes) {
        return changes.stream().map(c -> "  " + c.severity().id() + " " + c.rule() + " " + c.change().id() + " "
                + c.element() + " :: " + c.message()).collect(Collectors.joining("\n"));
    }
}
