package dev.steward.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which contracts define a schema object, as cross-file references look it up, kept current on put and remove. */
class WorkspaceIndexTest {

    private static ContractSummary contract(String file, String... objects) {
        return new ContractSummary(Path.of("/ws", file), ArtifactKind.ODCS, file, file, "1.0.0",
                java.util.Arrays.stream(objects).map(o -> new ContractSummary.SchemaSummary(o, null, List.of())).toList());
    }

    private static List<String> defining(WorkspaceIndex index, String object, String except) {
        return index.definingSchema(object, except == null ? null : Path.of("/ws", except)).stream()
                .map(ContractSummary::id).sorted().toList();
    }

    @Test
    void definingSchemaFollowsPutsReplacementsAndRemovals() {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/ws"));
        index.put(contract("a.yaml", "orders", "customers"));
        index.put(contract("b.yaml", "orders"));

        assertEquals(List.of("a.yaml", "b.yaml"), defining(index, "orders", null));
        assertEquals(List.of("b.yaml"), defining(index, "orders", "a.yaml"), "the asking contract is left out");
        assertEquals(List.of("a.yaml"), defining(index, "customers", null));

        index.put(contract("a.yaml", "customers"));
        assertEquals(List.of("b.yaml"), defining(index, "orders", null), "a.yaml no longer defines orders");

        index.remove(Path.of("/ws/./b.yaml"));
        assertEquals(List.of(), defining(index, "orders", null));
        assertEquals(List.of(), defining(index, "nothing", null));
    }
}
