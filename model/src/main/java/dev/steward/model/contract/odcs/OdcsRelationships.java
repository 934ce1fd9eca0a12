package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.Problems;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;

/** Rules on relationships that field shapes cannot express. */
final class OdcsRelationships {
    private OdcsRelationships() {
    }

    /** A property-level relationship starts at its property: it must not name a {@code from}. */
    static void noFrom(YamlMapping m, Problems problems) {
        m.entry("from").ifPresent(e -> problems.error("relationship-from", e.key().range(),
                "A relationship on a property must not have 'from': the property itself is the source;"
                        + " remove 'from', or move the relationship to the schema object"));
    }

    /** At schema level {@code from} and {@code to} are both single references or both lists. */
    static void sameShape(YamlMapping m, Problems problems) {
        YamlNode from = m.get("from").orElse(null);
        YamlNode to = m.get("to").orElse(null);
        if (from == null || to == null) {
            return;
        }
        if ((from instanceof YamlSequence) != (to instanceof YamlSequence)) {
            problems.error("relationship-shape", to.range(), "'from' and 'to' must both be single references or both"
                    + " lists (of equal length, for composite keys)");
        }
    }
}
