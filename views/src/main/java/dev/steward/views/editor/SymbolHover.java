package dev.steward.views.editor;

import dev.steward.views.task.TaskRunner;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * A popup describing the name under the mouse, from {@link EditorNavigation#hover}, asked through
 * a {@link TaskRunner} on a snapshot of the text; shown only while no diagnostic hover is.
 */
final class SymbolHover {
    private static final double MAX_TEXT_WIDTH = 480;

    private final Popup popup = new Popup();
    private final VBox content = new VBox(2);
    private long requested;

    SymbolHover(String stylesheet) {
        content.getStyleClass().addAll("diagnostic-hover", "symbol-hover");
        content.getStylesheets().add(stylesheet);
        popup.getContent().add(content);
        popup.setAutoHide(true);
    }

    void install(CodeArea area, TaskRunner tasks, Supplier<EditorNavigation> navigation, BooleanSupplier diagnosticShowing) {
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            EditorNavigation nav = navigation.get();
            if (nav == null) {
                return;
            }
            long id = ++requested;
            String text = area.getText();
            int offset = e.getCharacterIndex();
            double x = e.getScreenPosition().getX();
            double y = e.getScreenPosition().getY() + 14;
            tasks.run(null, () -> nav.hover(text, offset), hover -> {
                if (id == requested && !diagnosticShowing.getAsBoolean() && hover.isPresent()) {
                    show(hover.get(), area, x, y);
                }
            }, failure -> { });
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            requested++;
            hide();
        });
    }

    void show(String hover, CodeArea owner, double screenX, double screenY) {
        content.getChildren().clear();
        String[] parts = hover.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            Label line = new Label(parts[i]);
            line.setWrapText(true);
            line.setMaxWidth(MAX_TEXT_WIDTH);
            line.getStyleClass().add(i == 0 ? "symbol-title" : i == parts.length - 1 ? "diagnostic-rule" : "diagnostic-message");
            content.getChildren().add(line);
        }
        popup.show(owner, screenX, screenY);
        DiagnosticHover.keepInsideOwnerWindow(popup, owner, screenX);
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    Popup popup() {
        return popup;
    }
}
