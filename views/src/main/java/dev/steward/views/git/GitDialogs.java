package dev.steward.views.git;

import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.Identity;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Ready-made dialogs answering the Git panel's {@link GitPrompts}; the app may use them or its own. */
public final class GitDialogs {

    static final ButtonType STASH_AND_SWITCH = new ButtonType("Stash, switch and re-apply", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STAY = new ButtonType("Stay on this branch", ButtonBar.ButtonData.CANCEL_CLOSE);

    private GitDialogs() {
    }

    /**
     * Asks for a name and email; a given identity is passed to {@code remember} (the app stores it
     * in its preferences and hands it back through {@link GitPanelViewModel#setRememberedIdentity}).
     */
    public static GitPrompts.IdentityPrompt identityPrompt(Supplier<Window> owner, Consumer<Identity> remember) {
        return reason -> {
            Dialog<Identity> dialog = identityDialog(reason);
            Optional.ofNullable(owner.get()).ifPresent(dialog::initOwner);
            Optional<Identity> answer = dialog.showAndWait();
            answer.ifPresent(remember);
            return answer;
        };
    }

    /** Asks whether to carry uncommitted changes over to the other branch with a stash. */
    public static GitPrompts.SwitchPrompt switchPrompt(Supplier<Window> owner) {
        return (branch, problem) -> {
            Alert alert = switchDialog(branch, problem);
            Optional.ofNullable(owner.get()).ifPresent(alert::initOwner);
            return alert.showAndWait().map(b -> b == STASH_AND_SWITCH ? DirtyTreeChoice.STASH_AND_REAPPLY : DirtyTreeChoice.REFUSE);
        };
    }

    static Dialog<Identity> identityDialog(String reason) {
        Dialog<Identity> dialog = new Dialog<>();
        dialog.setTitle("Who is committing?");
        dialog.setHeaderText("Your name and email are recorded in each commit.");
        TextField name = new TextField();
        name.setId("gitIdentityName");
        name.setPromptText("Ada Lovelace");
        TextField email = new TextField();
        email.setId("gitIdentityEmail");
        email.setPromptText("ada@example.org");
        Label why = new Label(reason);
        why.setWrapText(true);
        why.setMaxWidth(420);
        GridPane form = new GridPane(8, 8);
        form.setPadding(new Insets(8));
        form.add(why, 0, 0, 2, 1);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Email"), email);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> Identity.of(name.getText(), email.getText()).isEmpty() || !email.getText().contains("@"),
                name.textProperty(), email.textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? Identity.of(name.getText(), email.getText()).orElse(null) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog;
    }

    static Alert switchDialog(String branch, String problem) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, problem, STASH_AND_SWITCH, STAY);
        alert.setTitle("Uncommitted changes");
        alert.setHeaderText("Switch to " + branch + " with your uncommitted changes?");
        return alert;
    }
}
