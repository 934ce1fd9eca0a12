package dev.steward.views.git;

import dev.steward.model.git.GitConfigIsolation;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Hides the developer's global Git configuration from the test class (see {@link GitConfigIsolation}). */
public final class IsolatedGitConfig implements BeforeAllCallback, AfterAllCallback {

    private GitConfigIsolation isolation;

    @Override
    public void beforeAll(ExtensionContext context) {
        isolation = GitConfigIsolation.hideGlobalConfig();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        isolation.close();
    }
}
