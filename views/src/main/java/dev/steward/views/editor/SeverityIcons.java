package dev.steward.views.editor;

import dev.steward.model.diagnostic.Severity;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each severity, styled by {@code editor.css} through the severity's style class. */
final class SeverityIcons {
    private SeverityIcons() {
    }

    static FontIcon of(Severity severity) {
        var icon = new FontIcon(switch (severity) {
            case ERROR -> Feather.X_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        });
        icon.getStyleClass().addAll("severity-icon", severity.label());
        return icon;
    }
}
