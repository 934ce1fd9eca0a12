package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a primary key are numbered 1, 2, 3... by {@code primaryKeyPosition}, without
 * gaps or repeats; a position on a column that is not part of the key is a mistake (ODCS uses -1
 * for "not in the key", which is accepted).
 */
public final class PrimaryKeyPositionRule implements OdcsRule {

    public static final String RULE = "odcs-primary-key-position";

    private record KeyColumn(Property property, YamlScalar position, int value) {
    }

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        for (SchemaObject schema : contract.schemas()) {
            String object = schema.nameText() == null ? "this schema object" : "'" + schema.nameText() + "'";
            List<KeyColumn> numbered = new ArrayList<>();
            List<Property> unnumbered = new ArrayList<>();
            for (Property p : schema.properties()) {
                boolean inKey = p.node().get("primaryKey").filter(n -> n instanceof YamlScalar s && s.isBoolean() && s.asBoolean()).isPresent();
                YamlScalar position = integer(p.node().get("primaryKeyPosition").orElse(null));
                int value = position == null ? -1 : position.asNumber().map(n -> n.intValue()).orElse(-1);
                if (!inKey && position != null && value >= 1) {
                    findings.add(Severity.WARNING, RULE, position.range(), "'" + p.path() + "' has primaryKeyPosition " + value
                            + " but is not part of the primary key; set 'primaryKey: true' or remove the position");
                } else if (inKey && value >= 0) {
                    numbered.add(new KeyColumn(p, position, value));
                } else if (inKey) {
                    unnumbered.add(p);
                }
            }
            checkKey(object, numbered, unnumbered, findings);
        }
    }

    private static void checkKey(String object, List<KeyColumn> numbered, List<Property> unnumbered, Findings findings) {
        if (numbered.isEmpty()) {
            return;
        }
        for (Property p : unnumbered) {
            findings.add(Severity.WARNING, RULE, p.name().range(), "'" + p.path() + "' is part of the primary key of " + object
                    + " but has no primaryKeyPosition while other key columns do; give every key column its position");
        }
        Map<Integer, KeyColumn> byPosition = new HashMap<>();
        boolean repeated = false;
        for (KeyColumn column : numbered) {
            KeyColumn first = byPosition.putIfAbsent(column.value(), column);
            if (first != null) {
                repeated = true;
                findings.add(Severity.ERROR, RULE, column.position().range(), "primaryKeyPosition " + column.value()
                        + " is used by both '" + first.property().path() + "' (line " + first.position().range().startLine()
                        + ") and '" + column.property().path() + "'; each key column needs its own position");
            }
        }
        if (repeated) {
            return;
        }
        int count = numbered.size();
        KeyColumn zero = byPosition.get(0);
        if (zero != null) {
            findings.add(Severity.ERROR, RULE, zero.position().range(), "primaryKeyPosition counts from 1, not 0: number"
                    + " the " + count + " key column" + (count == 1 ? "" : "s") + " of " + object + " 1 to " + count);
            return;
        }
        for (int expected = 1; expected <= count; expected++) {
            if (!byPosition.containsKey(expected)) {
                KeyColumn offender = numbered.stream().filter(c -> c.value() > count).findFirst().orElse(numbered.getFirst());
                findings.add(Severity.ERROR, RULE, offender.position().range(), "The primary key of " + object + " has "
                        + count + " numbered column" + (count == 1 ? "" : "s") + " but no position " + expected
                        + "; number the key columns 1 to " + count + " without gaps");
                return;
            }
        }
    }

    private static YamlScalar integer(YamlNode node) {
        return node instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER ? s : null;
    }
}
