package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * The comparison of a quality check: {@code kind} is the operator key ({@code mustBe},
 * {@code mustBeBetween}, ...) and {@code values} its scalar value(s) as text (two for the
 * between operators).
 */
public record Operator(String kind, List<String> values, SourceRange range) {

    public boolean between() {
        return kind.endsWith("Between");
    }
}
