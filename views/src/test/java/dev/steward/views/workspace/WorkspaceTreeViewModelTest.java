package dev.steward.views.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkspaceTreeViewModelTest {

    private static WorkspaceEntry entry(String rel, ArtifactKind kind, String title) {
        return new WorkspaceEntry(Path.of("/ws").resolve(rel).toAbsolutePath(), rel, Optional.ofNullable(kind), title, 0, 0);
    }

    @Test
    void groupsByKindSortedByTitle() {
        WorkspaceTreeViewModel vm = new WorkspaceTreeViewModel();
        vm.setEntries(List.of(entry("c/orders.yaml", ArtifactKind.ODCS, "Orders"),
                entry("legacy/s.yaml", ArtifactKind.DCS, "Shipments"),
                entry("models/metrics.yml", ArtifactKind.SEMANTIC, "metrics.yml"),
                entry("products/orders.odps.yaml", ArtifactKind.DATA_PRODUCT, "orders.odps.yaml"),
                entry("c/customers.yaml", ArtifactKind.ODCS, "Customers")));
        var groups = vm.groupsProperty().get().byGroup();
        assertEquals(List.of("Data contracts", "DCS contracts", "Semantic layer", "Data products"),
                List.copyOf(groups.keySet()));
        assertEquals(List.of("products/orders.odps.yaml"),
                groups.get("Data products").stream().map(WorkspaceEntry::relativePath).toList());
        assertEquals(List.of("models/metrics.yml"),
                groups.get("Semantic layer").stream().map(WorkspaceEntry::relativePath).toList());
        assertEquals(List.of("Customers", "Orders"), groups.get("Data contracts").stream().map(WorkspaceEntry::title).toList());
    }

    @Test
    void filterMatchesTitleOrPathAndUpdateReplacesAnEntry() {
        WorkspaceTreeViewModel vm = new WorkspaceTreeViewModel();
        vm.setEntries(List.of(entry("c/orders.yaml", ArtifactKind.ODCS, "Orders"), entry("c/customers.yaml", ArtifactKind.ODCS, "Customers")));
        vm.filterProperty().set("ORD");
        assertEquals(1, vm.groupsProperty().get().fileCount());
        vm.filterProperty().set("");
        WorkspaceEntry renamed = new WorkspaceEntry(Path.of("/ws/c/orders.yaml").toAbsolutePath(), "c/orders.yaml",
                Optional.of(ArtifactKind.ODCS), "Sales orders", 2, 1);
        vm.update(renamed);
        assertEquals(2, vm.groupsProperty().get().fileCount());
        assertEquals(renamed, vm.entry(Path.of("/ws/c/orders.yaml")).orElseThrow());
    }
}
