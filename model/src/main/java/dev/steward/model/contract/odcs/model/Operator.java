package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import java.util.List;

/**
 * The comparison of a quality check: {@code kind} is the operator key ({@code mustBe},
 * {@code mustBeBetween}, ...) and {@code values} its scalar value(s) as text (two for the
 * between operators).
 */
public record Operator(String kind, List<String> values, SourceRange range) {

    public Operator {
        values = List.copyOf(values);
    }

    public boolean between() {
        return kind.endsWith("Between");
    }
}
