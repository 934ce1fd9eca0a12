package dev.steward.model.contract.odcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample workspace shipped with the studio reads fully: every key lands in a typed field. */
class SampleContractsTest {

    private static final Path SAMPLES = Path.of("../resources/src/main/resources/dev/steward/resources/sample/contracts");

    @Test
    void everySampleContractReadsWithoutExtensions() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(6, files.size(), "expected the six sample contracts (four of the shop, two of its data mesh) in " + SAMPLES);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            DataContract c = DataContractReader.read(new YamlParser().parse(file, text)).orElseThrow();
            assertEquals(List.of(), ExtensionWalk.of(c), file + " has keys the model does not type");
            assertEquals("DataContract", c.kind(), file.toString());
            assertNotNull(c.id(), file.toString());
            assertFalse(c.schema().isEmpty(), file + " has schema objects");
            for (SchemaObject o : c.schema()) {
                assertFalse(o.properties().isEmpty(), file + " " + o.key() + " has properties");
                String source = text.substring(o.range().startOffset(), o.range().endOffset());
                assertTrue(source.contains("name: " + o.name()), "the range of " + o.key() + " covers its source: " + source);
            }
        }
    }
}
