package dev.steward.views.git;

import dev.steward.model.git.DirtyTreeChoice;
import dev.steward.model.git.Identity;
import java.util.Optional;

/** The questions the Git panel asks the user; the app answers them with dialogs. */
public final class GitPrompts {

    private GitPrompts() {
    }

    /**
     * Asked when Git knows no name and email. The app shows a dialog and remembers the answer in
     * its preferences; empty cancels the commit.
     */
    @FunctionalInterface
    public interface IdentityPrompt {
        Optional<Identity> ask(String reason);
    }

    /**
     * Asked when switching branches with uncommitted changes: refuse, or stash and re-apply.
     * {@code problem} explains which files are affected. Empty cancels the switch.
     */
    @FunctionalInterface
    public interface SwitchPrompt {
        Optional<DirtyTreeChoice> ask(String branch, String problem);
    }
}
