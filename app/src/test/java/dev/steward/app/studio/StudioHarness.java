package dev.steward.app.studio;

import dev.steward.app.preferences.StudioPreferences;
import dev.steward.model.git.GitConfigIsolation;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import dev.steward.views.export.PngExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a fresh copy of the sample workspace, for UI tests: own settings folder,
 * a remembered Git identity, and the developer's global Git config hidden.
 */
record StudioHarness(MainWindow window, StudioServices services, Path sample, GitConfigIsolation gitConfig) {

    static StudioHarness open(Stage stage, Path temp) throws Exception {
        GitConfigIsolation gitConfig = GitConfigIsolation.hideGlobalConfig(); // ~/.gitconfig must not decide the author
        Path home = Files.createDirectories(temp.resolve("home-" + System.nanoTime()));
        StudioPreferences preferences = new StudioPreferences(home);
        preferences.put("git.name", "Grace Reviewer");
        preferences.put("git.email", "grace@example.com");
        StudioServices services = new StudioServices(preferences);
        Path sample = new SampleWorkspaceInstaller().installIfMissing(home.resolve("sample"));
        MainWindow window = new MainWindow(stage, services);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        window.openWorkspace(sample, () -> { });
        return new StudioHarness(window, services, sample, gitConfig);
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get(10, TimeUnit.SECONDS);
        services.close();
        gitConfig.close();
    }

    /** Writes the window, with any open popup painted over it, to {@code target/snapshots/<name>}. */
    void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = window.scene().snapshot(null);
            for (Window w : Window.getWindows()) {
                if (w instanceof Popup p && p.isShowing()) {
                    WritableImage pop = p.getScene().snapshot(null);
                    int x = Math.max(0, (int) (p.getX() - window.stage().getX()));
                    int y = Math.max(0, (int) (p.getY() - window.stage().getY()));
                    image.getPixelWriter().setPixels(x, y, (int) Math.min(pop.getWidth(), image.getWidth() - x),
                            (int) Math.min(pop.getHeight(), image.getHeight() - y), pop.getPixelReader(), 0, 0);
                }
            }
            return PngExport.write(image, Path.of("target/snapshots", name));
        }).get(20, TimeUnit.SECONDS);
    }

    static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        waitUntil(() -> what, condition);
    }

    static void waitUntil(Supplier<String> what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what.get(), e);
        }
    }
}
