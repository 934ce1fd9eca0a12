package dev.steward.views.form;

import dev.steward.model.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/** The comparison keys of an ODCS quality rule; a rule holds at most one of them. */
public final class QualityOperators {
    public static final List<String> ALL = List.of("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

    private QualityOperators() {
    }

    /** The first comparison key present in {@code rule}. */
    public static Optional<String> find(YamlMapping rule) {
        return rule.keys().stream().filter(ALL::contains).findFirst();
    }

    /** Whether the operator takes a two-element range. */
    public static boolean isRange(String operator) {
        return operator.endsWith("Between");
    }
}
