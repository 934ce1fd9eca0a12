package dev.steward.model.yaml;

import java.util.List;

/** A YAML list. {@code flow} is true for {@code [a, b]} style. */
public record YamlSequence(List<YamlNode> items, boolean flow, SourceRange range) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public YamlNode get(int index) {
        return items.get(index);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
