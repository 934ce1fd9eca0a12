package dev.steward.views.git;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hides the developer's global and system Git configuration from JGit for the duration of a test
 * class (as JabRef's NoopGitSystemReader does), so that tests see only each repository's own config.
 */
public final class IsolatedGitConfig implements BeforeAllCallback, AfterAllCallback {

    private SystemReader previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = SystemReader.getInstance();
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
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SystemReader.setInstance(previous);
    }

    private static FileBasedConfig empty(Config parent, FS fs) {
        return new FileBasedConfig(parent, new File("/nonexistent/steward-test-gitconfig"), fs) {
            @Override
            public void load() {
                // nothing to read: the test sees no global settings
            }

            @Override
            public void save() {
                // never write the developer's files
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}
