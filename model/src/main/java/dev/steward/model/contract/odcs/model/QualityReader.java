package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlMapping;
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
                f.openObject("arguments"), f.text("query"), f.text("engine"), f.raw("implementation"),
                f.operator(OPERATORS), f.texts("tags"), CommonReader.authoritativeDefinitions(f), CommonReader.customProperties(f),
                f.extensions(), m.range());
    }
}
