package dev.steward.views.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.git.Identity;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class GitDialogsFxTest {

    @Test
    void identityDialogNeedsANameAndAnEmail(FxRobot robot) {
        AtomicReference<Dialog<Identity>> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(GitDialogs.identityDialog("Git does not know who you are.")));
        Dialog<Identity> dialog = ref.get();
        TextField name = (TextField) dialog.getDialogPane().lookup("#gitIdentityName");
        TextField email = (TextField) dialog.getDialogPane().lookup("#gitIdentityEmail");
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);

        assertTrue(ok.isDisabled());
        robot.interact(() -> {
            name.setText("Ada Lovelace");
            email.setText("not-an-email");
        });
        assertTrue(ok.isDisabled(), "an email needs an @");
        robot.interact(() -> email.setText(" ada@example.org "));
        assertFalse(ok.isDisabled());

        assertEquals(new Identity("Ada Lovelace", "ada@example.org"), dialog.getResultConverter().call(ButtonType.OK));
        assertNull(dialog.getResultConverter().call(ButtonType.CANCEL));
    }

    @Test
    void switchDialogOffersStashOrStay(FxRobot robot) {
        AtomicReference<Alert> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(GitDialogs.switchDialog("feature", "2 files have uncommitted changes")));
        Alert alert = ref.get();
        assertEquals("Switch to feature with your uncommitted changes?", alert.getHeaderText());
        assertEquals(java.util.List.of(GitDialogs.STASH_AND_SWITCH, GitDialogs.STAY), alert.getButtonTypes());
        assertEquals("2 files have uncommitted changes", alert.getContentText());
    }
}
