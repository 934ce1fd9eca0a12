package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.sample.SampleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A jar cannot list a folder, so index.txt must name exactly the files of the sample. */
class SampleIndexTest {

    @Test
    void indexListsExactlyTheFilesOfTheSampleFolder() throws IOException {
        Path folder = BundledSample.folder();
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(SampleSource.INDEX))
                    .sorted()
                    .toList();
        }
        assertEquals(onDisk, BundledSample.listedFiles().stream().sorted().toList());
    }
}
