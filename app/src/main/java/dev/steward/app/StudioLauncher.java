package dev.steward.app;

import dev.steward.app.studio.StudioApp;
import javafx.application.Application;

/**
 * Starts the studio. Kept apart from {@link StudioApp} so that {@code steward.jar}'s main class
 * does not extend {@code Application} (which the JavaFX launcher would require on the module path).
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
