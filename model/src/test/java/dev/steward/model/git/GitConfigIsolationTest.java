package dev.steward.model.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitConfigIsolationTest {

    @TempDir
    Path dir;

    @Test
    void aGlobalIdentityIsHiddenWhileIsolatedAndVisibleAgainAfter() throws Exception {
        Path global = dir.resolve("gitconfig");
        Files.writeString(global, "[user]\n\tname = Global Dev\n\temail = dev@example.org\n");
        SystemReader original = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(original) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, global.toFile(), fs);
            }
        });
        try {
            Path ws = dir.resolve("ws");
            GitConfigIsolation isolated = GitConfigIsolation.hideGlobalConfig();
            try (GitRepository repo = GitRepository.init(ws)) {
                assertEquals(java.util.Optional.empty(), repo.configuredIdentity());
            } finally {
                isolated.close();
            }
            try (GitRepository repo = GitRepository.open(ws)) {
                assertEquals(java.util.Optional.of(new Identity("Global Dev", "dev@example.org")), repo.configuredIdentity());
            }
        } finally {
            SystemReader.setInstance(original);
        }
    }
}
