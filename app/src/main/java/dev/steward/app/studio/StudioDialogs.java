package dev.steward.app.studio;

import dev.steward.model.workspace.JournalEntry;
import dev.steward.views.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Every question and message the main window shows, owned by the window and themed like it. The
 * one place dialogs are made, so tests can replace it.
 */
public class StudioDialogs {

    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;

    public StudioDialogs(Supplier<Window> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    public void error(String title, String message) {
        Alert a = alert(Alert.AlertType.ERROR, title, message);
        a.showAndWait();
    }

    public boolean confirmDiscard(String fileName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                fileName + " has unsaved changes. Close it and discard them?");
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(discard, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == discard).isPresent();
    }

    /** Asked before a migration writes over a file that already exists. */
    public boolean confirmReplace(String fileName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Replace " + fileName + "?",
                fileName + " already exists. Replace it with the migrated contract? (Git keeps its committed version.)");
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(replace, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == replace).isPresent();
    }

    /** Asked on exit with unsaved buffers: save all, discard, or stay. Empty means stay. */
    public Optional<Boolean> saveBeforeExit() {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Some files have unsaved changes. Save them before closing Steward?");
        ButtonType save = new ButtonType("Save all", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(r.get() == save);
    }

    public boolean restoreJournal(List<JournalEntry> entries, Path root) {
        StringBuilder files = new StringBuilder();
        entries.forEach(e -> files.append("\n  • ").append(root.relativize(e.file())));
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved changes",
                "Steward was closed with unsaved changes in:" + files + "\n\nRestore them?");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(restore, discard);
        return a.showAndWait().filter(b -> b == restore).isPresent();
    }

    public boolean offerGitInit(Path folder) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Not a Git repository",
                folder + " is not inside a Git repository. Steward commits every change with Git.\n\nCreate a repository here (git init)?");
        ButtonType init = new ButtonType("Create repository", ButtonBar.ButtonData.YES);
        a.getButtonTypes().setAll(init, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == init).isPresent();
    }

    public Optional<Path> chooseWorkspace(Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open workspace");
        if (start != null && start.toFile().isDirectory()) {
            chooser.setInitialDirectory(start.toFile());
        }
        File f = chooser.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    public Optional<String> askBranchName() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle("New branch");
        d.setHeaderText("Create a branch from the current commit");
        d.setContentText("Branch name:");
        theme.get().applyStylesheets(d.getDialogPane().getScene());
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        theme.get().applyStylesheets(a.getDialogPane().getScene());
        return a;
    }
}
