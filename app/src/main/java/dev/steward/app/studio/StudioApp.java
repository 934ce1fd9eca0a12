package dev.steward.app.studio;

import dev.steward.app.preferences.StudioPreferences;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Opens, in order of preference: the folder given on the command line,
 * the last workspace, or the bundled sample (installed once under {@code ~/Steward/sample} and
 * committed to a new Git repository there).
 */
public final class StudioApp extends Application {

    private StudioServices services;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        services = new StudioServices(new StudioPreferences(StudioPreferences.defaultSettingsDir()));
        window = new MainWindow(stage, services);
        stage.show();
        Optional<Path> requested = requestedWorkspace(getParameters().getRaw());
        Optional<Path> last = services.preferences().get("workspace.last").map(Path::of).filter(Files::isDirectory);
        if (requested.isPresent()) {
            window.openWorkspace(requested.get(), () -> { });
        } else if (last.isPresent()) {
            window.openWorkspace(last.get(), () -> { });
        } else {
            services.tasks().run("Installing the sample workspace",
                    () -> new SampleWorkspaceInstaller().installIfMissing(sampleFolder()),
                    sample -> window.openWorkspace(sample, () -> { }),
                    e -> window.dialogs().error("Sample workspace", "Could not install the sample workspace: " + e.getMessage()));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (services != null) {
            services.close();
        }
    }

    /** Where the sample goes: {@code steward.sample} if set, else {@code ~/Steward/sample}. */
    public static Path sampleFolder() {
        String explicit = System.getProperty("steward.sample");
        return explicit != null ? Path.of(explicit) : Path.of(System.getProperty("user.home"), "Steward", "sample");
    }

    static Optional<Path> requestedWorkspace(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--workspace=")) {
                return Optional.of(Path.of(a.substring("--workspace=".length())));
            }
            if (a.equals("--workspace") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
        }
        return Optional.empty();
    }
}
