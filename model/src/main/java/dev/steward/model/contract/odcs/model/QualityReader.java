package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;

/** Reads {@code quality[]} checks. */
final class QualityReader {

    /** The operator keys of the standard, in its order. */
    static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

    private QualityReader() {
    }

    static List<QualityRule> quality(FieldReader f) {
        return f.objects("quality", QualityReader::rule);
    }

    static QualityRule rule(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new QualityRule(f.text("id"), f.text("name"), f.text("description"), f.text("type"),
                f.text("dimension"), f.text("method"), f.text("severity"), f.text("businessImpact"),
                f.text("schedule"), f.text("scheduler"), f.text("unit"), f.text("metric"), f.text("rule"),
                f.openObject("arguments"), f.text("query"), f.text("engine"), f.raw("implementation"), operator(f),
                f.texts("tags"), CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f),
                f.extensions(), m.range());
    }

    /** The first operator with a usable value; any further operator stays unclaimed, hence an extension. */
    private static Operator operator(FieldReader f) {
        for (YamlMapping.Entry e : f.mapping().entries()) {
            if (!OPERATORS.contains(e.name())) {
                continue;
            }
            YamlNode value = f.raw(e.name());
            if (value == null) {
                continue; // an explicit null reads as absent, as everywhere
            }
            List<String> values = values(value);
            if (values == null) {
                f.reject(e.name());
                continue;
            }
            Operator op = new Operator(e.name(), values, e.key().range());
            claimOthersAsExtensions(f, e.name());
            return op;
        }
        return null;
    }

    private static List<String> values(YamlNode value) {
        if (value instanceof YamlScalar s) {
            return List.of(s.value());
        }
        return value instanceof YamlSequence seq ? FieldReader.scalarTexts(seq) : null;
    }

    private static void claimOthersAsExtensions(FieldReader f, String used) {
        for (String op : OPERATORS) {
            if (!op.equals(used) && f.mapping().has(op)) {
                f.reject(op);
            }
        }
    }
}
