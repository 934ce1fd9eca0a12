package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    private static Diagnostic of(Severity s) {
        return new Diagnostic(null, SourceRange.START, s, "r", "m");
    }

    @Test
    void countsProblemsBySeverity() {
        var vm = new EditorViewModel(Path.of("contracts/orders.odcs.yaml"));
        assertEquals("No problems", vm.problemSummaryProperty().get());
        vm.setDiagnostics(List.of(of(Severity.ERROR), of(Severity.ERROR), of(Severity.WARNING)));
        assertEquals(2, vm.errorsProperty().get());
        assertEquals(1, vm.warningsProperty().get());
        assertEquals(0, vm.infosProperty().get());
        assertEquals("2 errors, 1 warning", vm.problemSummaryProperty().get());
    }

    @Test
    void titleMarksUnsavedChanges() {
        var vm = new EditorViewModel(Path.of("contracts/orders.odcs.yaml"));
        assertEquals("orders.odcs.yaml", vm.titleProperty().get());
        vm.setDirty(true);
        assertEquals("orders.odcs.yaml \u2022", vm.titleProperty().get());
        vm.setDirty(false);
        assertEquals("orders.odcs.yaml", vm.titleProperty().get());
    }
}
