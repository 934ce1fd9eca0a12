package dev.steward.resources.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.sample.SampleBranch;
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

    @Test
    void branchesTxtListsExactlyTheBranchFilesAndEachReplacesASampleFile() throws IOException {
        Path folder = BundledSample.folder().resolveSibling("sample-branches");
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(SampleBranch.INDEX)).sorted().toList();
        }
        List<SampleBranch> branches = SampleBranch.read(SampleSource.folder(folder));
        assertFalse(branches.isEmpty(), "the sample ships a branch to review");
        List<String> listed = branches.stream().flatMap(b -> b.files().stream().map(f -> b.folder() + f)).sorted().toList();
        assertEquals(onDisk, listed);
        List<String> sampleFiles = BundledSample.listedFiles();
        branches.forEach(b -> b.files().forEach(f -> assertTrue(sampleFiles.contains(f), f + " is a file of main")));
    }
}
