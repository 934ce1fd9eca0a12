package dev.steward.model.contract.dcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.dcs.DcsSchema;
import dev.steward.model.contract.odcs.model.ExtensionWalk;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every key the DCS spec defines for an object, in any version, reads into a typed field. */
class DcsSpecCoverageTest {

    private static final Map<String, Function<YamlMapping, Record>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("Contract", DcsContractReader::read);
        READERS.put("Info", DcsPartsReader::info);
        READERS.put("Server", m -> DcsPartsReader.server("s", m));
        READERS.put("Terms", DcsPartsReader::terms);
        READERS.put("Model", m -> DcsPartsReader.model("m", m));
        READERS.put("Field", DcsFieldReader::unnamed);
        READERS.put("Definition", DcsFieldReader::unnamed);
        READERS.put("Quality", DcsFieldReader::check);
        READERS.put("Lineage", DcsFieldReader::lineage);
        READERS.put("InputField", DcsFieldReader::inputField);
        READERS.put("Transformation", DcsFieldReader::transformation);
        READERS.put("ServiceLevels", DcsPartsReader::serviceLevels);
        READERS.put("Example", DcsPartsReader::example);
        READERS.put("SchemaSpecification", DcsPartsReader::specification);
    }

    /** Objects read as a whole into another record, or kept open as nodes. */
    private static final List<String> NOT_RECORDS = List.of("Contact", "ServerRole", "Policy", "FieldConfig",
            "ModelConfig");

    @Test
    void everyKeyOfEveryVersionIsTyped() {
        List<String> untyped = new ArrayList<>();
        int checked = 0;
        for (Spec spec : DcsSchema.family().specs()) {
            for (ObjectType type : spec.types().values()) {
                if (type.allKeys().isEmpty() || NOT_RECORDS.contains(type.id())) {
                    continue;
                }
                Function<YamlMapping, Record> reader = type.id().startsWith("ServiceLevel-")
                        ? m -> DcsPartsReader.serviceLevels(wrap(type.id().substring("ServiceLevel-".length()), type))
                        : type.fields().containsKey("specification") ? DcsPartsReader::specification // pre-1.1 blocks
                        : READERS.get(type.id());
                if (reader == null) {
                    untyped.add(spec.version().label() + " " + type.id() + ": no reader");
                    continue;
                }
                Record read = reader.apply(mappingWith(type));
                ExtensionWalk.of(read).forEach(e -> untyped.add(spec.version().label() + " " + type.id() + "." + e));
                checked++;
            }
        }
        assertEquals(List.of(), untyped);
        assertTrue(checked > 50, "checked " + checked + " object types over all versions");
    }

    private static YamlMapping wrap(String level, ObjectType type) {
        StringBuilder yaml = new StringBuilder(level).append(":\n");
        type.allKeys().forEach(k -> yaml.append("  ").append(k).append(": ~\n"));
        return parse(yaml.toString());
    }

    private static YamlMapping mappingWith(ObjectType type) {
        StringBuilder yaml = new StringBuilder();
        type.allKeys().forEach(k -> yaml.append('"').append(k).append("\": ~\n"));
        return parse(yaml.toString());
    }

    private static YamlMapping parse(String yaml) {
        return (YamlMapping) new YamlParser().parse(Path.of("keys.yaml"), yaml).root().orElseThrow();
    }
}
