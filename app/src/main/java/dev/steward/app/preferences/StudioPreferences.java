package dev.steward.app.preferences;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's studio settings (theme, remembered Git identity, last window size), kept as a
 * properties file in Steward's settings folder ({@code ~/.steward} unless told otherwise).
 * Writes are atomic; a damaged file is ignored rather than failing the start.
 */
public final class StudioPreferences {

    private final Path file;
    private final Properties values = new Properties();

    public StudioPreferences(Path settingsDir) {
        this.file = settingsDir.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Steward's settings folder: {@code STEWARD_HOME}, else {@code ~/.steward}. */
    public static Path defaultSettingsDir() {
        String explicit = System.getProperty("steward.home", System.getenv("STEWARD_HOME"));
        return explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : Path.of(System.getProperty("user.home"), ".steward");
    }

    public Path settingsDir() {
        return file.getParent();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter out = new StringWriter();
            values.store(out, "Steward settings");
            Path tmp = Files.createTempFile(file.getParent(), ".settings", ".tmp");
            Files.writeString(tmp, out.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // settings are a convenience: the studio keeps working with what it has in memory
        }
    }
}
