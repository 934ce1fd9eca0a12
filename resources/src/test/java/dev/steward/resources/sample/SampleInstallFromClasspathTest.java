package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.sample.SampleWorkspaceInstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInstallFromClasspathTest {

    @TempDir
    Path home;

    @Test
    void defaultInstallerCopiesTheBundledSampleAndCommitsIt() throws Exception {
        Path target = home.resolve("Steward/sample");

        new SampleWorkspaceInstaller().installIfMissing(target);

        for (String file : BundledSample.listedFiles()) {
            assertEquals(BundledSample.read(file), Files.readString(target.resolve(file)), file);
        }
        try (Git git = Git.open(target.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("Sample workspace", head.getFullMessage());
            assertEquals("Steward", head.getAuthorIdent().getName());
            assertTrue(git.status().call().isClean());
        }
        assertTrue(Files.isRegularFile(target.resolve("contracts/orders.odcs.yaml")));
        assertTrue(Files.isRegularFile(target.resolve("legacy/shipments.datacontract.yaml")));
    }
}
