package dev.steward.model.validation;

/** What a validator may consult besides the file itself. */
public record ValidationContext(WorkspaceIndex index, ValidationPolicy policy) {

    public static ValidationContext standalone() {
        return new ValidationContext(WorkspaceIndex.empty(), ValidationPolicy.DEFAULT);
    }
}
