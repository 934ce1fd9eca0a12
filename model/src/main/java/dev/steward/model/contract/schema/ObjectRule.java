package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;

/** A check on a whole mapping that field shapes cannot express (e.g. exactly one operator). */
@FunctionalInterface
public interface ObjectRule {
    void check(YamlMapping mapping, Problems problems);
}
