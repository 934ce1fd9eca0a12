package dev.steward.views.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.LineIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    private static final Path ROOT = Path.of("/ws").toAbsolutePath();
    private static final Path ORDERS = ROOT.resolve("contracts/orders.odcs.yaml");
    private static final Path USERS = ROOT.resolve("contracts/users.odcs.yaml");
    private static final LineIndex TEXT = new LineIndex("a: 1\nb: 2\nc: 3\nd: 4\n");

    private static Diagnostic at(Path file, int line, Severity severity, String rule, String message) {
        return new Diagnostic(file, TEXT.lineRange(line), severity, rule, message);
    }

    @Test
    void rowsShowRelativePathsErrorsFirstAndCounts() {
        ProblemsViewModel vm = new ProblemsViewModel();
        vm.setRoot(ROOT);
        vm.setDiagnostics(ORDERS, List.of(at(ORDERS, 2, Severity.WARNING, "w-rule", "a warning"),
                at(ORDERS, 3, Severity.ERROR, "e-rule", "an error")));
        vm.setDiagnostics(USERS, List.of(at(USERS, 1, Severity.INFO, "i-rule", "a note")));
        List<ProblemRow> rows = vm.visibleRows();
        assertEquals(3, rows.size());
        assertEquals("an error", rows.get(0).diagnostic().message());
        assertEquals("contracts/orders.odcs.yaml:3:1", rows.get(0).location());
        assertEquals(1, vm.errorsProperty().get());
        assertEquals(1, vm.warningsProperty().get());
        assertEquals(1, vm.infosProperty().get());
    }

    @Test
    void replacingAFilesProblemsClearsTheOldOnes() {
        ProblemsViewModel vm = new ProblemsViewModel();
        vm.setDiagnostics(ORDERS, List.of(at(ORDERS, 1, Severity.ERROR, "x", "broken")));
        vm.setDiagnostics(ORDERS, List.of());
        assertTrue(vm.visibleRows().isEmpty());
        assertEquals(0, vm.errorsProperty().get());
    }

    @Test
    void filterBySeverityAndText() {
        ProblemsViewModel vm = new ProblemsViewModel();
        vm.setAll(Map.of(ORDERS, List.of(at(ORDERS, 1, Severity.ERROR, "odcs-unknown-key", "Unknown key 'x'"),
                at(ORDERS, 2, Severity.WARNING, "odcs-owner-missing", "No owner"))));
        vm.showWarningsProperty().set(false);
        assertEquals(List.of("odcs-unknown-key"), vm.visibleRows().stream().map(r -> r.diagnostic().rule()).toList());
        vm.showWarningsProperty().set(true);
        vm.filterProperty().set("owner");
        assertEquals(List.of("odcs-owner-missing"), vm.visibleRows().stream().map(r -> r.diagnostic().rule()).toList());
        assertEquals(1, vm.errorsProperty().get(), "counts ignore the filter");
    }

    @Test
    void nextProblemFollowsTheCaretThenTheNextFileAndWraps() {
        ProblemsViewModel vm = new ProblemsViewModel();
        vm.setDiagnostics(ORDERS, List.of(at(ORDERS, 1, Severity.ERROR, "a", "first"), at(ORDERS, 3, Severity.ERROR, "b", "second")));
        vm.setDiagnostics(USERS, List.of(at(USERS, 2, Severity.WARNING, "c", "third")));
        int line2 = TEXT.lineStart(2);
        assertEquals("second", vm.next(ORDERS, line2).orElseThrow().diagnostic().message());
        assertEquals("third", vm.next(ORDERS, TEXT.lineStart(4)).orElseThrow().diagnostic().message());
        assertEquals("first", vm.next(USERS, TEXT.lineStart(4)).orElseThrow().diagnostic().message(), "wraps around");
        assertEquals("first", vm.next(null, 0).orElseThrow().diagnostic().message());
    }
}
