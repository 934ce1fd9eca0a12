package dev.steward.model.contract.odcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.testing.Corpus;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads every ODCS file of the shared corpus: reading never throws, and a file the standard's JSON
 * Schema accepts (MANIFEST.json {@code valid: true}) has no key the standard does not define, so it
 * reads without extensions. Exception: before v3.1.0 only the root object is closed, so a valid
 * v3.0.x file may carry extra keys in nested objects (they are listed); its root must still have none.
 */
class DataContractCorpusTest {

    private static final List<String> SETS = List.of("odcs", "datacontract-cli-fixtures");

    @Test
    void everyYamlFileOfTheCorpusReadsWithoutThrowing() throws IOException {
        Path corpus = Corpus.require();
        YamlParser parser = new YamlParser();
        int read = 0;
        try (var files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList()) {
                if (DataContractReader.read(parser.parse(p, Files.readString(p, StandardCharsets.UTF_8))).isPresent()) {
                    read++;
                }
            }
        }
        assertTrue(read > 100, "expected more than 100 YAML mappings in the corpus, read " + read);
    }

    @Test
    void validFilesReadWithoutExtensionsAndInvalidOnesNeverThrow() throws IOException {
        Path corpus = Corpus.require();
        YamlParser parser = new YamlParser();
        List<String> offenders = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        for (String set : SETS) {
            Path dir = corpus.resolve(set);
            for (JsonNode file : new ObjectMapper().readTree(dir.resolve("MANIFEST.json").toFile()).path("files")) {
                if (!"ODCS".equals(file.path("kind").asText())) {
                    continue;
                }
                Path path = dir.resolve(file.path("path").asText());
                String text = Files.readString(path, StandardCharsets.UTF_8);
                YamlDocument doc = parser.parse(path, text);
                var contract = DataContractReader.read(doc);
                if (file.path("valid").asBoolean(false)) {
                    valid++;
                    assertTrue(contract.isPresent(), "valid file without a root mapping: " + path);
                    List<String> ext = ExtensionWalk.of(contract.get());
                    boolean v30 = file.path("version").asText().startsWith("v3.0.");
                    if (v30 && contract.get().extensions().isEmpty()) {
                        ext.forEach(e -> System.out.println("allowed (v3.0 open object): " + path + ": " + e));
                    } else if (!ext.isEmpty()) {
                        offenders.add(set + "/" + file.path("path").asText() + ": " + ext);
                    }
                } else {
                    invalid++;
                }
            }
        }
        offenders.forEach(System.out::println);
        System.out.println("read " + valid + " valid and " + invalid + " invalid ODCS files");
        assertTrue(valid > 20, "expected the corpus to hold many valid ODCS files, found " + valid);
        assertTrue(invalid > 0, "expected some invalid ODCS files in the corpus");
        assertEquals(List.of(), offenders, "valid files must read without extensions");
    }
}
