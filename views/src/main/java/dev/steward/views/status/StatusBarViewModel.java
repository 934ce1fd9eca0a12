package dev.steward.views.status;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** What the status bar shows: branch, validation state, caret position and background work. */
public final class StatusBarViewModel {

    /** The validation state of the active document and the workspace. */
    public enum ValidationState { IDLE, VALIDATING, CLEAN, WARNINGS, ERRORS }

    private final ReadOnlyStringWrapper branch = new ReadOnlyStringWrapper(this, "branch", "");
    private final ReadOnlyStringWrapper caret = new ReadOnlyStringWrapper(this, "caret", "");
    private final ReadOnlyStringWrapper validationText = new ReadOnlyStringWrapper(this, "validationText", "");
    private final ReadOnlyObjectWrapper<ValidationState> validation =
            new ReadOnlyObjectWrapper<>(this, "validation", ValidationState.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public void setBranch(String name, boolean detached) {
        branch.set(name == null || name.isEmpty() ? "no repository" : detached ? "detached at " + name : name);
    }

    public void setCaret(int line, int column) {
        caret.set(line <= 0 ? "" : "Ln " + line + ", Col " + column);
    }

    public void setValidating() {
        validation.set(ValidationState.VALIDATING);
        validationText.set("Validating…");
    }

    public void setProblems(int errors, int warnings) {
        if (errors > 0) {
            validation.set(ValidationState.ERRORS);
        } else if (warnings > 0) {
            validation.set(ValidationState.WARNINGS);
        } else {
            validation.set(ValidationState.CLEAN);
        }
        validationText.set(errors == 0 && warnings == 0 ? "No problems"
                : plural(errors, "error") + ", " + plural(warnings, "warning"));
    }

    /** A transient message (e.g. "Saved orders.odcs.yaml"). */
    public void setMessage(String text) {
        message.set(text == null ? "" : text);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public ReadOnlyStringProperty branchProperty() {
        return branch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caretProperty() {
        return caret.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validationTextProperty() {
        return validationText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ValidationState> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
