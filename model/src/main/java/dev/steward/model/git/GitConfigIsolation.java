package dev.steward.model.git;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Makes JGit ignore the user's global and the system Git configuration (as JabRef's
 * NoopGitSystemReader does), so that only each repository's own {@code .git/config} counts.
 * For hermetic tests (a developer's {@code user.name} must not leak into them) and reproducible runs.
 * JGit's system reader is process-wide: isolate around whole test classes, not in parallel.
 */
public final class GitConfigIsolation implements AutoCloseable {

    private static final File NOWHERE = new File("/nonexistent/steward-isolated-gitconfig");

    private final SystemReader previous;

    private GitConfigIsolation(SystemReader previous) {
        this.previous = previous;
    }

    /** Hides the global and system configuration until {@link #close()}. */
    public static GitConfigIsolation hideGlobalConfig() {
        SystemReader previous = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return empty(parent, fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return empty(parent, fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return empty(parent, fs);
            }
        });
        return new GitConfigIsolation(previous);
    }

    /** Restores the configuration JGit saw before. */
    @Override
    public void close() {
        SystemReader.setInstance(previous);
    }

    private static FileBasedConfig empty(Config parent, FS fs) {
        return new FileBasedConfig(parent, NOWHERE, fs) {
            @Override
            public void load() {
                // nothing to read: no global settings
            }

            @Override
            public void save() {
                // never write anywhere
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}
