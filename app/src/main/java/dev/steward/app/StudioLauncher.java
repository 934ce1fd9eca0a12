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
        try {
            Application.launch(StudioApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("steward: the studio could not start: " + reason(e));
            System.err.println("steward: it needs a desktop session (on Linux: an X11 or Wayland display and GTK 3)."
                    + " Headless commands still work, e.g. 'steward lint PATH'.");
            System.exit(1);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
