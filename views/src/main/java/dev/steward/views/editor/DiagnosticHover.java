package dev.steward.views.editor;

import dev.steward.model.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * A popup with the message and rule id of the diagnostics under the mouse, shown when the mouse
 * rests on underlined text or on a gutter marker.
 */
final class DiagnosticHover {
    static final Duration DELAY = Duration.ofMillis(350);
    private static final double MAX_TEXT_WIDTH = 440;

    private final Popup popup = new Popup();
    private final VBox content = new VBox();

    DiagnosticHover(String stylesheet) {
        content.getStyleClass().add("diagnostic-hover");
        content.getStylesheets().add(stylesheet);
        popup.getContent().add(content);
        popup.setAutoHide(true);
    }

    /** Shows the diagnostics under the mouse over {@code area}'s text. */
    void install(CodeArea area, Supplier<DiagnosticLayout> layout) {
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int offset = e.getCharacterIndex();
            int paragraph = new AreaParagraphs(area).paragraphOf(offset);
            var diagnostics = layout.get().at(paragraph, offset);
            if (!diagnostics.isEmpty()) {
                show(diagnostics, area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hide());
    }

    void show(List<Diagnostic> diagnostics, Node owner, double screenX, double screenY) {
        content.getChildren().setAll(diagnostics.stream().map(DiagnosticHover::entry).toList());
        if (diagnostics.stream().anyMatch(d -> !d.fixes().isEmpty())) {
            var hint = new Label("Quick fixes: Ctrl+1");
            hint.getStyleClass().add("diagnostic-hint");
            content.getChildren().add(hint);
        }
        popup.show(owner, screenX, screenY);
        keepInsideOwnerWindow(popup, owner, screenX);
    }

    /** Moves the popup left when it would stick out of the right edge of the owner's window. */
    static void keepInsideOwnerWindow(Popup popup, Node owner, double screenX) {
        var window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window == null) {
            return;
        }
        double right = window.getX() + window.getWidth();
        if (screenX + popup.getWidth() > right) {
            popup.setX(Math.max(window.getX(), right - popup.getWidth() - 4));
        }
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

    /** The popup's words, for tests. */
    String text() {
        return content.getChildren().stream()
                .flatMap(DiagnosticHover::descendants)
                .filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static Stream<Node> descendants(Node node) {
        return node instanceof Parent parent
                ? Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(DiagnosticHover::descendants))
                : Stream.of(node);
    }

    private static Node entry(Diagnostic d) {
        var message = new Label(d.message());
        message.setWrapText(true);
        message.setMaxWidth(MAX_TEXT_WIDTH);
        message.getStyleClass().add("diagnostic-message");
        var rule = new Label(d.severity().label() + " [" + d.rule() + "]");
        rule.getStyleClass().add("diagnostic-rule");
        var icon = SeverityIcons.of(d.severity());
        var row = new HBox(6, icon, new VBox(2, message, rule));
        row.getStyleClass().add("diagnostic-entry");
        return row;
    }
}
