package dev.steward.views.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    @Test
    void saysWhatTheUserNeedsToKnow() {
        StatusBarViewModel vm = new StatusBarViewModel();
        vm.setBranch("main", false);
        assertEquals("main", vm.branchProperty().get());
        vm.setBranch("a1b2c3d", true);
        assertEquals("detached at a1b2c3d", vm.branchProperty().get());
        vm.setBranch("", false);
        assertEquals("no repository", vm.branchProperty().get());
        vm.setProblems(1, 2);
        assertEquals("1 error, 2 warnings", vm.validationTextProperty().get());
        assertEquals(StatusBarViewModel.ValidationState.ERRORS, vm.validationProperty().get());
        vm.setProblems(0, 0);
        assertEquals("No problems", vm.validationTextProperty().get());
        vm.setCaret(12, 4);
        assertEquals("Ln 12, Col 4", vm.caretProperty().get());
    }
}
