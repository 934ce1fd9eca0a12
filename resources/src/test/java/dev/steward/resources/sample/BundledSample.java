package dev.steward.resources.sample;

import dev.steward.model.sample.SampleSource;
import dev.steward.model.sample.SampleWorkspaceInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The sample as the resources module bundles it, read from the test class path. */
final class BundledSample {

    private BundledSample() {
    }

    static SampleSource source() {
        return SampleSource.classpath(BundledSample.class.getClassLoader());
    }

    static List<String> listedFiles() {
        try {
            return new SampleWorkspaceInstaller(source()).listedFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relativePath) {
        try (InputStream in = source().open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample folder on disk (target/classes while the module's tests run). */
    static Path folder() {
        URL index = BundledSample.class.getClassLoader().getResource(SampleSource.CLASSPATH_FOLDER + SampleSource.INDEX);
        if (index == null || !"file".equals(index.getProtocol())) {
            throw new IllegalStateException("sample index not found as a file on the test class path: " + index);
        }
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
