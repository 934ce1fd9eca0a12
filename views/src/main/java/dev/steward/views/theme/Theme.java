package dev.steward.views.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The studio's light and dark themes: an AtlantaFX base plus Steward's own stylesheet. */
public enum Theme {
    LIGHT, DARK;

    private static final String APP_CSS = Objects.requireNonNull(
            Theme.class.getResource("/dev/steward/views/theme/steward.css")).toExternalForm();
    private static final String DARK_CSS = Objects.requireNonNull(
            Theme.class.getResource("/dev/steward/views/theme/steward-dark.css")).toExternalForm();

    /** Applies the theme to the whole application and to {@code scene}'s own stylesheets. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null) {
            applyStylesheets(scene);
        }
    }

    /** Only Steward's stylesheets, for extra scenes (dialogs, popups) created later. */
    public void applyStylesheets(Scene scene) {
        scene.getStylesheets().removeAll(APP_CSS, DARK_CSS);
        scene.getStylesheets().add(APP_CSS);
        if (this == DARK) {
            scene.getStylesheets().add(DARK_CSS);
        }
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Theme parse(String text) {
        return "dark".equals(text == null ? "" : text.toLowerCase(Locale.ROOT)) ? DARK : LIGHT;
    }
}
