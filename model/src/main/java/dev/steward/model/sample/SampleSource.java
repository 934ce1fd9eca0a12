package dev.steward.model.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the sample workspace's files come from: the resources jar on the application's class
 * path, or (in tests and development) a folder. Paths are relative, with {@code /} separators,
 * e.g. {@code contracts/orders.odcs.yaml}; {@code index.txt} lists them all because a jar
 * cannot list a folder.
 */
@FunctionalInterface
public interface SampleSource {

    /** Folder of the sample inside the resources jar. */
    String CLASSPATH_FOLDER = "dev/steward/resources/sample/";

    /** Folder of the sample's branches inside the resources jar (see {@link SampleBranch}). */
    String CLASSPATH_BRANCHES_FOLDER = "dev/steward/resources/sample-branches/";

    /** Name of the file listing every sample file, one relative path a line. */
    String INDEX = "index.txt";

    /**
     * Opens one file of the sample.
     *
     * @throws NoSuchFileException when the source has no such file
     */
    InputStream open(String relativePath) throws IOException;

    /** The sample bundled in the resources jar, found through {@code loader}. */
    static SampleSource classpath(ClassLoader loader) {
        return classpath(loader, CLASSPATH_FOLDER);
    }

    /** The files of a folder inside the resources jar, found through {@code loader}. */
    static SampleSource classpath(ClassLoader loader, String folder) {
        Objects.requireNonNull(loader, "loader");
        return relativePath -> {
            InputStream in = loader.getResourceAsStream(folder + relativePath);
            if (in == null) {
                throw new NoSuchFileException(folder + relativePath,
                        null, "not on the class path; is steward-resources missing?");
            }
            return in;
        };
    }

    /** A source with no files (a sample without branches). */
    static SampleSource empty() {
        return relativePath -> {
            throw new NoSuchFileException(relativePath);
        };
    }

    /** The sample in the class loader that loaded Steward itself. */
    static SampleSource classpath() {
        return classpath(SampleSource.class.getClassLoader());
    }

    /** A sample laid out in a folder (the same layout as in the jar). */
    static SampleSource folder(Path base) {
        Objects.requireNonNull(base, "base");
        return relativePath -> Files.newInputStream(base.resolve(relativePath));
    }
}
