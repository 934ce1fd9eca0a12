package dev.steward.app.studio;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.migration.DcsToOdcsMigrator;
import dev.steward.model.contract.migration.MigrationResult;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.workspace.AtomicFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;

/**
 * "Migrate to ODCS v3.1.0" in the studio: migrates the open DCS buffer (unsaved edits included),
 * writes {@code <name>.odcs.yaml} beside it atomically, opens it, and lists what could not be
 * carried over. The DCS file itself is left untouched.
 */
final class ContractMigration {
    private ContractMigration() {
    }

    /** What the background part hands back to the FX thread. */
    private record Written(Path target, String text, MigrationResult result) {
    }

    static void run(MainWindow window, Path dcsFile) {
        String text = window.documents().find(dcsFile).map(d -> d.editor().getText()).orElse(null);
        if (text == null) {
            window.openFile(dcsFile, d -> run(window, dcsFile));
            return;
        }
        Path target = DcsToOdcsMigrator.defaultTarget(dcsFile);
        if (Files.exists(target) && window.documents().find(target).isEmpty()
                && !window.dialogs().confirmReplace(target.getFileName().toString())) {
            return;
        }
        window.status().setMessage("Migrating " + dcsFile.getFileName() + "…");
        ArtifactLinter linter = window.session().linter();
        window.documents().wiringTasks().run("Migrating to ODCS", () -> {
            ArtifactLinter.Parsed parsed = linter.parse(dcsFile, text);
            if (parsed.kind().orElse(null) != ArtifactKind.DCS) {
                throw new IllegalArgumentException(dcsFile.getFileName() + " is not a Data Contract Specification file");
            }
            if (parsed.document().hasErrors()) {
                throw new IllegalArgumentException("Fix the YAML errors in " + dcsFile.getFileName() + " first");
            }
            MigrationResult result = new DcsToOdcsMigrator().migrate(parsed.document());
            AtomicFileWriter.writeString(target, result.odcsYaml());
            return new Written(target, result.odcsYaml(), result);
        }, written -> {
            window.session().publish(window.session().lintLive(written.target(), written.text()));
            window.openFile(written.target(), d -> d.resetText(written.text()));
            window.status().setMessage("Wrote " + written.target().getFileName());
            if (!written.result().losses().isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION);
                a.initOwner(window.stage());
                a.setTitle("Migrated to ODCS v3.1.0");
                a.setHeaderText("Wrote " + written.target().getFileName() + ". Not carried over exactly:");
                a.setContentText("• " + String.join("\n• ", written.result().losses()));
                window.theme().applyStylesheets(a.getDialogPane().getScene());
                a.show();
            }
        }, e -> window.dialogs().error("Migration failed", e.getMessage()));
    }
}
