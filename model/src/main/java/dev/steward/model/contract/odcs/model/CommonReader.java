package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;

/** Reads the small objects shared by many places: definitions, custom properties, roles, synonyms, context. */
final class CommonReader {
    private CommonReader() {
    }

    static List<AuthoritativeDefinition> authoritativeDefinitions(FieldReader f) {
        return f.objects("authoritativeDefinitions", CommonReader::authoritativeDefinition);
    }

    static List<CustomProperty> customProperties(FieldReader f) {
        return f.objects("customProperties", CommonReader::customProperty);
    }

    static AuthoritativeDefinition authoritativeDefinition(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new AuthoritativeDefinition(f.text("id"), f.text("type"), f.text("url"), f.text("description"),
                f.extensions(), m.range());
    }

    static CustomProperty customProperty(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new CustomProperty(f.text("id"), f.text("property"), f.raw("value"), f.text("description"),
                f.extensions(), m.range());
    }

    static Role role(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new Role(f.text("id"), f.text("role"), f.text("access"), f.text("description"),
                f.text("firstLevelApprovers"), f.text("secondLevelApprovers"), customProperties(f), f.extensions(),
                m.range());
    }

    static List<Synonym> synonyms(FieldReader f) {
        return f.objects("synonyms", CommonReader::synonym);
    }

    static Synonym synonym(YamlMapping m) {
        FieldReader s = new FieldReader(m);
        return new Synonym(s.text("id"), s.text("synonym"), s.text("locale"), s.text("source"), s.text("status"),
                s.text("description"), customProperties(s), s.extensions(), m.range());
    }

    static List<EnumValue> enumValues(FieldReader f) {
        return f.objects("enum", CommonReader::enumValue);
    }

    static EnumValue enumValue(YamlMapping m) {
        FieldReader e = new FieldReader(m);
        return new EnumValue(e.text("id"), e.text("value"), e.text("label"), e.text("description"), e.texts("tags"),
                customProperties(e), authoritativeDefinitions(e), e.extensions(), m.range());
    }

    /** The v3.2.0 draft context: an object, or a plain string read as its instructions. */
    static Context context(FieldReader f) {
        YamlNode node = f.raw("context");
        if (node instanceof YamlScalar s) {
            return new Context(s.value(), List.of(), List.of(), true, java.util.Map.of(), s.range());
        }
        if (!(node instanceof YamlMapping m)) {
            if (node != null) {
                f.reject("context");
            }
            return null;
        }
        return context(m);
    }

    static Context context(YamlMapping m) {
        FieldReader c = new FieldReader(m);
        return new Context(c.text("instructions"), c.objects("verifiedStatements", s -> contextItem(s, "question")),
                c.objects("constraints", s -> contextItem(s, "constraint")), false, c.extensions(), m.range());
    }

    static ContextItem contextItem(YamlMapping m, String main) {
        FieldReader f = new FieldReader(m);
        return new ContextItem(f.text("id"), f.text(main), main.equals("question") ? f.text("answer") : null,
                f.texts("tags"), customProperties(f), authoritativeDefinitions(f), f.extensions(), m.range());
    }
}
