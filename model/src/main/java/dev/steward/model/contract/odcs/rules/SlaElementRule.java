package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.contract.semantic.ScalarText;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code element} of an SLA property (and the deprecated {@code slaDefaultElement}) names
 * what the SLA is measured on: {@code table.column}, {@code table} or the fully qualified
 * {@code schema/<id>/properties/<id>}, several separated by commas; a bare column is allowed when
 * the contract has one schema object. Logical or physical names
 * are accepted, as the standard's own examples use physical ones.
 */
public final class SlaElementRule implements OdcsRule {

    public static final String RULE = "odcs-sla-element";

    private record Miss(String reason, int from, int to, String suggestion) {
    }

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        YamlMapping root = contract.root();
        element(root.get("slaDefaultElement").orElse(null)).ifPresent(e -> checkElement(contract, e, findings));
        for (YamlNode item : root.sequence("slaProperties").map(s -> s.items()).orElse(List.of())) {
            if (item instanceof YamlMapping sla) {
                element(sla.get("element").orElse(null)).ifPresent(e -> checkElement(contract, e, findings));
            }
        }
    }

    private static Optional<YamlScalar> element(YamlNode node) {
        return node instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL && !s.value().isBlank()
                ? Optional.of(s) : Optional.empty();
    }

    private static void checkElement(OdcsContract contract, YamlScalar element, Findings findings) {
        String value = element.value();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',') {
                int from = start;
                int to = i;
                while (from < to && value.charAt(from) == ' ') {
                    from++;
                }
                while (to > from && value.charAt(to - 1) == ' ') {
                    to--;
                }
                if (from < to) {
                    Miss miss = resolve(contract, value.substring(from, to));
                    if (miss != null) {
                        report(contract, element, from, miss, findings);
                    }
                }
                start = i + 1;
            }
        }
    }

    private static Miss resolve(OdcsContract contract, String part) {
        if (part.startsWith("schema/")) {
            return new ReferenceResolver(contract.summary(), WorkspaceIndex.empty(), contract.document().path()).check(part)
                    .map(p -> new Miss(p.reason(), p.from(), p.to(), p.suggestion())).orElse(null);
        }
        int dot = part.indexOf('.');
        if (dot < 0) {
            if (findSchema(contract, part) != null) {
                return null;
            }
            if (contract.schemas().size() == 1 && findProperty(contract.schemas().getFirst(), part) != null) {
                return null;
            }
            List<String> names = new ArrayList<>(contract.schemaNames());
            if (contract.schemas().size() == 1) {
                names.addAll(contract.schemas().getFirst().propertyPaths());
            }
            return new Miss("no schema object" + (contract.schemas().size() == 1 ? " or property" : "") + " '" + part
                    + "' in this contract", 0, part.length(), ClosestMatch.closest(part, names).orElse(null));
        }
        String table = part.substring(0, dot);
        String column = part.substring(dot + 1);
        SchemaObject schema = findSchema(contract, table);
        if (schema == null) {
            return new Miss("no schema object '" + table + "' in this contract", 0, dot,
                    ClosestMatch.closest(table, contract.schemaNames()).orElse(null));
        }
        if (findProperty(schema, column) != null) {
            return null;
        }
        return new Miss("schema object '" + table + "' has no property '" + column + "'", dot + 1, part.length(),
                ClosestMatch.closest(column, schema.propertyPaths()).orElse(null));
    }

    private static SchemaObject findSchema(OdcsContract contract, String name) {
        for (SchemaObject s : contract.schemas()) {
            if (name.equals(s.nameText()) || name.equals(s.node().text("physicalName").orElse(null))) {
                return s;
            }
        }
        return null;
    }

    private static Property findProperty(SchemaObject schema, String name) {
        for (Property p : schema.allProperties()) {
            if (name.equals(p.path()) || name.equals(p.node().text("physicalName").orElse(null))) {
                return p;
            }
        }
        return null;
    }

    private static void report(OdcsContract contract, YamlScalar element, int offset, Miss miss, Findings findings) {
        int from = offset + miss.from();
        int to = offset + miss.to();
        String message = "SLA element '" + element.value() + "': " + miss.reason()
                + (miss.suggestion() == null ? "; write 'table.column' or 'table'" : "; did you mean '" + miss.suggestion() + "'?");
        findings.add(Severity.WARNING, RULE, ScalarText.part(contract.document(), element, from, to), message,
                ScalarText.changeTo(contract.document(), element, from, to, miss.suggestion()));
    }
}
