package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.steward.model.completion.CompletionItem;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writes {@code views/target/snapshots/editor-*.png}: a contract with an error underline, gutter markers and the hover popup. */
@ExtendWith(ApplicationExtension.class)
class EditorSnapshotTest {
    static final String CONTRACT = """
            # Orders contract
            apiVersion: v3.0.2
            kind: DataContract
            id: 53581432-6c55-4ba2-a65f-72344a91553a
            name: orders
            version: 1.0.0
            status: bogus
            domain: &domain sales
            description:
              purpose: Orders placed in the web shop, one row per order.
              limitations: |
                Not for finance: amounts exclude tax: use the invoices table.
            schema:
              - name: orders
                physicalType: table
                properties:
                  - name: order_id
                    logicalType: string
                    primaryKey: true
                    required: yes
                  - name: amount
                    logicalType: numbr
                    unique: false
                    examples: [12.5, 99, null]
            tags: [*domain, orders]
            ---
            """;

    private Stage stage;
    private YamlCodeEditor editor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void resetTheme() {
        Fx.run(() -> Application.setUserAgentStylesheet(null));
    }

    @Test
    void light() throws Exception {
        snapshot(new PrimerLight(), "editor-light");
    }

    @Test
    void dark() throws Exception {
        snapshot(new PrimerDark(), "editor-dark");
    }

    private void snapshot(Theme theme, String name) throws Exception {
        Fx.run(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            editor = new YamlCodeEditor();
            stage.setScene(new Scene(editor, 760, 560));
            stage.show();
            editor.replaceText(CONTRACT);
            int bogus = CONTRACT.indexOf("bogus");
            int numbr = CONTRACT.indexOf("numbr");
            var lines = ParagraphLocator.of(CONTRACT);
            editor.setDiagnostics(List.of(
                    new Diagnostic(null, lines.range(bogus, bogus + 5), Severity.ERROR, "odcs-status-value",
                            "status 'bogus' is not allowed; use one of: proposed, draft, active, deprecated, retired",
                            List.of(new QuickFix("Change to 'active'", List.of(TextEdit.replace(bogus, bogus + 5, "active"))))),
                    new Diagnostic(null, lines.range(numbr, numbr + 5), Severity.WARNING, "odcs-logical-type",
                            "logicalType 'numbr' is unknown; did you mean 'number'?"),
                    new Diagnostic(null, lines.range(CONTRACT.indexOf("  limitations"), CONTRACT.indexOf("  limitations") + 13),
                            Severity.INFO, "style-block-scalar", "consider a folded scalar (>) for prose")));
            editor.area().moveTo(bogus + 2);
            editor.area().requestFocus();
        });
        Fx.run(() -> {
            int bogus = CONTRACT.indexOf("bogus");
            var bounds = editor.area().getCharacterBoundsOnScreen(bogus + 2, bogus + 3).orElseThrow();
            editor.area().fireEvent(MouseOverTextEvent.beginAt(new Point2D(bounds.getMinX(), bounds.getMaxY()), bogus + 2));
        });
        assertTrue(Fx.call(() -> editor.hover().isShowing()), "hover popup shows over the underline");
        Path file = Fx.call(() -> Snapshots.write(stage, List.of(editor.hover().popup()), Snapshots.directory().resolve(name + ".png")));
        assertTrue(Files.size(file) > 10_000, "snapshot written: " + file.toAbsolutePath());

        Fx.run(() -> {
            editor.hover().hide();
            editor.setCompletionProvider((text, offset) -> List.of(
                    new CompletionItem("logicalType", "logicalType: ", "string, number, integer, ...", CompletionItem.Kind.KEY, offset - 1, offset),
                    new CompletionItem("logicalTypeOptions", "logicalTypeOptions:", "object", CompletionItem.Kind.KEY, offset - 1, offset),
                    new CompletionItem("lengthLimit", "lengthLimit: ", "integer", CompletionItem.Kind.KEY, offset - 1, offset)));
            editor.showFind();
            ((javafx.scene.control.TextField) editor.lookup("#find-field")).setText("name");
            editor.findBar().next();
        });
        Path found = Fx.call(() -> Snapshots.write(stage, List.of(), Snapshots.directory().resolve(name + "-find.png")));
        assertTrue(Files.size(found) > 10_000, "snapshot written: " + found.toAbsolutePath());
        Fx.run(() -> {
            editor.findBar().close();
            int at = CONTRACT.indexOf("    unique");
            editor.area().insertText(at, "    l\n");
            editor.area().moveTo(at + 5);
            editor.area().requestFocus();
            editor.completion().request(false);
        });
        Fx.waitUntil("completion shows", () -> editor.completion().isShowing());
        Path second = Fx.call(() -> Snapshots.write(stage, List.of(editor.completion().popup()),
                Snapshots.directory().resolve(name + "-completion.png")));
        assertTrue(Files.size(second) > 10_000, "snapshot written: " + second.toAbsolutePath());
    }
}
