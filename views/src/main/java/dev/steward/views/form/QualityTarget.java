package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;

/** A schema object or property whose quality rules the form shows, with a label like {@code orders.amount}. */
public record QualityTarget(String label, YamlPath path) {

    public YamlPath rulesPath() {
        return path.key("quality");
    }

    @Override
    public String toString() {
        return label;
    }
}
