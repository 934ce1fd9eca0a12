package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.FieldReader;
import dev.steward.model.yaml.YamlMapping;
import java.util.List;

/** Reads DCS fields (model fields, definitions, items/keys/values), their quality checks and lineage. */
final class DcsFieldReader {

    /** The DCS operators, including the 1.2.0 spellings deprecated in 1.2.1. */
    static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween", "mustBeGreaterThanOrEqualTo",
            "mustBeLessThanOrEqualTo");

    private DcsFieldReader() {
    }

    /** A field named {@code key} (null for items, keys and values). */
    static DcsField field(String key, YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsField(key, f.text("type"), f.text("title"), f.text("description"), f.text("classification"),
                f.bool("pii"), f.texts("tags"), f.text("$ref"), f.text("format"), f.text("pattern"),
                f.integer("minLength"), f.integer("maxLength"), f.texts("enum"), f.bool("required"), f.bool("unique"),
                f.bool("primaryKey"), f.bool("primary"), f.number("minimum"), f.number("maximum"),
                f.number("exclusiveMinimum"), f.number("exclusiveMaximum"), f.number("precision"), f.number("scale"),
                f.namedObjects("fields", DcsFieldReader::field), f.object("items", DcsFieldReader::unnamed),
                f.object("keys", DcsFieldReader::unnamed), f.object("values", DcsFieldReader::unnamed),
                f.textMap("links"), f.text("references"), f.openObject("config"), f.text("example"),
                f.nodes("examples"), quality(f), f.object("lineage", DcsFieldReader::lineage), f.text("name"),
                f.text("domain"), f.extensions(), m.range());
    }

    static DcsField unnamed(YamlMapping m) {
        return field(null, m);
    }

    static List<DcsQuality> quality(FieldReader f) {
        return f.objects("quality", DcsFieldReader::check);
    }

    static DcsQuality check(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsQuality(f.text("type"), f.text("description"), f.text("query"), f.text("dialect"),
                f.text("metric"), f.text("rule"), f.openObject("arguments"), f.text("engine"), f.raw("implementation"),
                f.operator(OPERATORS), f.extensions(), m.range());
    }

    static DcsLineage lineage(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsLineage(f.objects("inputFields", DcsFieldReader::inputField), f.text("transformationDescription"),
                f.text("transformationType"), f.extensions(), m.range());
    }

    static DcsInputField inputField(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsInputField(f.text("namespace"), f.text("name"), f.text("field"),
                f.objects("transformations", DcsFieldReader::transformation), f.extensions(), m.range());
    }

    static DcsTransformation transformation(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsTransformation(f.text("type"), f.text("subtype"), f.text("description"), f.bool("masking"),
                f.extensions(), m.range());
    }
}
