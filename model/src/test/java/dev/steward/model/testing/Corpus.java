package dev.steward.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the read-only shared corpus ({@code ../shared/corpus} beside the repository). Tests that
 * need it call {@link #require()}, which skips the test with a message when it is absent, as it is
 * in a user's clone.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Optional<Path> find() {
        String explicit = System.getProperty("steward.corpus", System.getenv("STEWARD_CORPUS"));
        if (explicit != null && Files.isDirectory(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Path require() {
        Optional<Path> corpus = find();
        Assumptions.assumeTrue(corpus.isPresent(),
                "shared corpus not found beside the repository (../shared/corpus); corpus tests skipped");
        return corpus.get();
    }
}
