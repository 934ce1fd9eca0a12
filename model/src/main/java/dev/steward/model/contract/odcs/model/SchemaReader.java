package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;

/** Reads {@code schema[]}: schema objects, their (nested) properties, options and relationships. */
final class SchemaReader {
    private SchemaReader() {
    }

    static SchemaObject schemaObject(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new SchemaObject(f.text("id"), f.text("name"), f.text("physicalName"), f.text("physicalType"),
                f.text("logicalType"), f.text("businessName"), f.text("description"),
                f.text("dataGranularityDescription"), f.objects("properties", SchemaReader::property),
                QualityReader.quality(f), f.objects("relationships", SchemaReader::relationship),
                CommonReader.synonyms(f), CommonReader.context(f), f.texts("tags"),
                CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f), f.extensions(), m.range());
    }

    static SchemaProperty property(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new SchemaProperty(f.text("id"), f.text("name"), f.text("physicalName"), f.text("physicalType"),
                f.text("logicalType"), f.object("logicalTypeOptions", SchemaReader::options), f.text("businessName"),
                f.text("description"), f.bool("required"), f.bool("unique"), f.bool("primaryKey"),
                f.integer("primaryKeyPosition"), f.bool("partitioned"), f.integer("partitionKeyPosition"),
                f.text("classification"), f.text("encryptedName"), f.bool("criticalDataElement"),
                f.texts("transformSourceObjects"), f.text("transformLogic"), f.text("transformDescription"),
                f.nodes("examples"), f.text("semanticType"), CommonReader.enumValues(f),
                f.object("map", SchemaReader::mapDefinition), f.object("items", SchemaReader::property),
                f.objects("properties", SchemaReader::property), QualityReader.quality(f),
                f.objects("relationships", SchemaReader::relationship), CommonReader.synonyms(f), f.texts("tags"),
                CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f), f.extensions(), m.range());
    }

    static LogicalTypeOptions options(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new LogicalTypeOptions(f.text("format"), f.integer("minLength"), f.integer("maxLength"),
                f.text("pattern"), f.text("minimum"), f.text("maximum"), f.text("exclusiveMinimum"),
                f.text("exclusiveMaximum"), f.number("multipleOf"), f.bool("timezone"), f.text("defaultTimezone"),
                f.integer("minItems"), f.integer("maxItems"), f.bool("uniqueItems"), f.integer("minProperties"),
                f.integer("maxProperties"), f.texts("required"), f.extensions(), m.range());
    }

    static MapDefinition mapDefinition(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new MapDefinition(f.object("key", SchemaReader::property), f.object("value", SchemaReader::property),
                f.extensions(), m.range());
    }

    static Relationship relationship(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        YamlNode from = f.raw("from");
        YamlNode to = f.raw("to");
        List<String> fromRefs = references(f, "from", from);
        List<String> toRefs = references(f, "to", to);
        boolean listForm = from instanceof YamlSequence || to instanceof YamlSequence;
        return new Relationship(f.text("type"), fromRefs, toRefs, listForm, CommonReader.customProperties(f),
                f.extensions(), m.range());
    }

    /** One reference or a list of them, as a list; anything else is kept as an extension. */
    private static List<String> references(FieldReader f, String key, YamlNode node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlScalar s) {
            return List.of(s.value());
        }
        List<String> refs = node instanceof YamlSequence seq ? FieldReader.scalarTexts(seq) : null;
        if (refs == null) {
            f.reject(key);
            return List.of();
        }
        return refs;
    }
}
