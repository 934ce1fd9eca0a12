package dev.steward.views.form;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One editable value of a list item: the key it lives under, the column title, how it is edited,
 * suggested values for choices and a preferred width.
 */
public record ColumnSpec(String key, String title, CellKind kind, List<String> choices, double width) {

    public ColumnSpec {
        choices = List.copyOf(choices);
    }

    public static ColumnSpec text(String key, String title, double width) {
        return new ColumnSpec(key, title, CellKind.TEXT, List.of(), width);
    }

    public static ColumnSpec of(String key, String title, CellKind kind, double width) {
        return new ColumnSpec(key, title, kind, List.of(), width);
    }

    public static ColumnSpec choice(String key, String title, List<String> choices, double width) {
        return new ColumnSpec(key, title, CellKind.CHOICE, choices, width);
    }

    /** The text shown for this column of {@code item}; empty when absent or not a scalar. */
    public String read(YamlMapping item) {
        return switch (kind) {
            case OPERATOR -> QualityOperators.find(item).orElse("");
            case OPERATOR_VALUE -> QualityOperators.find(item).flatMap(item::get).map(ColumnSpec::display).orElse("");
            default -> item.get(key).map(ColumnSpec::display).orElse("");
        };
    }

    /** A scalar's text, or a flat list of scalars joined with ", ". */
    static String display(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.isNull() ? "" : s.value();
        }
        if (node instanceof YamlSequence q && q.items().stream().allMatch(YamlScalar.class::isInstance)) {
            return q.items().stream().map(n -> ((YamlScalar) n).value()).collect(Collectors.joining(", "));
        }
        return "";
    }
}
