package dev.steward.views.review;

import dev.steward.model.review.MergeOutcome;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * Says that a merge stopped on conflicts: each file with its number of conflicts and first lines, and
 * how to finish (resolve, stage, commit) or abort. {@link #ABORT} asks the view-model to abort the merge.
 */
final class MergeConflictDialog {

    static final ButtonType ABORT = new ButtonType("Abort merge", ButtonBar.ButtonData.OTHER);
    static final ButtonType RESOLVE = new ButtonType("I will resolve them", ButtonBar.ButtonData.CANCEL_CLOSE);

    private MergeConflictDialog() {
    }

    static Alert of(MergeOutcome outcome) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ABORT, RESOLVE);
        alert.setTitle("Merge conflicts");
        alert.setHeaderText("The merge stopped: " + ReviewSummary.plural(outcome.conflicts().size(), "file")
                + " with conflicts. The repository is still merging.");
        ListView<String> files = new ListView<>();
        files.setId("reviewConflictFiles");
        outcome.conflicts().forEach(f -> files.getItems().add(f.path() + " — "
                + ReviewSummary.plural(f.conflictCount(), "conflict")
                + (f.conflictStartLines().isEmpty() ? "" : " (lines " + f.conflictStartLines().stream()
                .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")")));
        files.setPrefHeight(Math.min(240, 28 + 26 * outcome.conflicts().size()));
        Label how = new Label(outcome.message());
        how.setWrapText(true);
        how.setMaxWidth(520);
        VBox content = new VBox(8, files, how);
        content.setPadding(new Insets(8, 12, 0, 12));
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
