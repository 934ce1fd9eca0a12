package dev.steward.model.contract.odcs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.contract.odcs.OdcsSchema;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Checks the typed model against the declarative spec of every ODCS version (the checklist of
 * keys): every key the standard defines for an object is read into a typed field, not left over
 * as an extension, and every object type of the spec has a reader.
 */
class SpecCoverageTest {

    private static final Map<String, Function<YamlMapping, Record>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("Contract", DataContractReader::read);
        READERS.put("Description", ContractPartsReader::description);
        READERS.put("Server", ContractPartsReader::server);
        READERS.put("SupportItem", ContractPartsReader::support);
        READERS.put("Pricing", ContractPartsReader::price);
        READERS.put("Team", ContractPartsReader::team);
        READERS.put("TeamMember", ContractPartsReader::member);
        READERS.put("ServiceLevelAgreementProperty", ContractPartsReader::sla);
        READERS.put("Role", CommonReader::role);
        READERS.put("CustomProperty", CommonReader::customProperty);
        READERS.put("AuthoritativeDefinition", CommonReader::authoritativeDefinition);
        READERS.put("SchemaObject", SchemaReader::schemaObject);
        READERS.put("SchemaProperty", SchemaReader::property);
        READERS.put("SchemaItemProperty", SchemaReader::property);
        READERS.put("RelationshipSchemaLevel", SchemaReader::relationship);
        READERS.put("RelationshipPropertyLevel", SchemaReader::relationship);
        READERS.put("MapDefinition", SchemaReader::mapDefinition);
        READERS.put("DataQuality", QualityReader::rule);
        READERS.put("Context", CommonReader::context);
        READERS.put("VerifiedStatement", m -> CommonReader.contextItem(m, "question"));
        READERS.put("ContextConstraint", m -> CommonReader.contextItem(m, "constraint"));
        READERS.put("EnumValue", CommonReader::enumValue);
        READERS.put("Synonym", CommonReader::synonym);
    }

    @Test
    void everyKeyOfEveryVersionIsTyped() {
        List<String> untyped = new ArrayList<>();
        int checked = 0;
        for (Spec spec : OdcsSchema.family().specs()) {
            for (ObjectType type : spec.types().values()) {
                if (type.allKeys().isEmpty()) {
                    continue; // an open object (arguments, implementation): kept as nodes by design
                }
                Function<YamlMapping, Record> reader = type.id().startsWith("LogicalTypeOptions")
                        ? SchemaReader::options : READERS.get(type.id());
                if (reader == null) {
                    untyped.add(spec.version().label() + " " + type.id() + ": no reader");
                    continue;
                }
                YamlMapping allKeys = mappingWith(type);
                Record read = reader.apply(allKeys);
                List<String> ext = ExtensionWalk.of(read);
                ext.forEach(e -> untyped.add(spec.version().label() + " " + type.id() + "." + e));
                checked++;
            }
        }
        assertEquals(List.of(), untyped);
        assertTrue(checked > 100, "checked " + checked + " object types over all versions");
    }

    @Test
    void anUnknownKeyIsNotMistakenForAStandardOne() {
        ObjectType role = OdcsSchema.current().type("Role");
        StringBuilder yaml = new StringBuilder();
        role.allKeys().forEach(k -> yaml.append(k).append(": ~\n"));
        yaml.append("approvers: ~\n");
        Record read = CommonReader.role(parse(yaml.toString()));
        assertEquals(List.of("approvers (line " + (role.allKeys().size() + 1) + ")"), ExtensionWalk.of(read));
    }

    private static YamlMapping mappingWith(ObjectType type) {
        StringBuilder yaml = new StringBuilder();
        type.allKeys().forEach(k -> yaml.append(k).append(": ~\n"));
        return parse(yaml.toString());
    }

    private static YamlMapping parse(String yaml) {
        YamlNode root = new YamlParser().parse(Path.of("keys.yaml"), yaml).root().orElseThrow();
        return (YamlMapping) root;
    }

}
