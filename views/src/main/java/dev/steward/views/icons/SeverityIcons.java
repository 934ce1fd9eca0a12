package dev.steward.views.icons;

import dev.steward.model.diagnostic.Severity;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each severity, styled by the {@code severity-*} classes of the app stylesheet. */
public final class SeverityIcons {
    private SeverityIcons() {
    }

    public static Node of(Severity severity) {
        FontIcon icon = switch (severity) {
            case ERROR -> new FontIcon(Feather.X_CIRCLE);
            case WARNING -> new FontIcon(Feather.ALERT_TRIANGLE);
            case INFO -> new FontIcon(Feather.INFO);
        };
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.label());
        return icon;
    }
}
