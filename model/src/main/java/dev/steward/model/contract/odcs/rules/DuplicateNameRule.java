package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Schema objects of a contract, and properties of one object, must have distinct names; ids must
 * be distinct among siblings so that a fully qualified reference means one element.
 */
public final class DuplicateNameRule implements OdcsRule {

    public static final String NAME = "odcs-duplicate-name";
    public static final String ID = "odcs-duplicate-id";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        List<SchemaObject> schemas = contract.schemas();
        report(schemas, SchemaObject::name, NAME, "Schema object name", "in this contract", findings);
        report(schemas, SchemaObject::id, ID, "Schema object id", "in this contract", findings);
        for (SchemaObject schema : schemas) {
            String owner = schema.nameText() == null ? "this schema object" : "schema object '" + schema.nameText() + "'";
            checkProperties(schema.properties(), owner, findings);
        }
    }

    private static void checkProperties(List<Property> properties, String owner, Findings findings) {
        report(properties, Property::name, NAME, "Property name", "in " + owner, findings);
        report(properties, Property::id, ID, "Property id", "in " + owner, findings);
        for (Property p : properties) {
            if (!p.properties().isEmpty()) {
                checkProperties(p.properties(), "property '" + p.path() + "'", findings);
            }
        }
    }

    private static <T> void report(List<T> elements, Function<T, YamlScalar> key, String rule, String what,
                                   String scope, Findings findings) {
        if (elements.size() < 2) {
            return;
        }
        Map<String, YamlScalar> seen = new HashMap<>(elements.size() * 2);
        for (T element : elements) {
            YamlScalar scalar = key.apply(element);
            if (scalar == null) {
                continue;
            }
            YamlScalar first = seen.putIfAbsent(scalar.value(), scalar);
            if (first != null) {
                findings.add(Severity.ERROR, rule, scalar.range(), what + " '" + scalar.value() + "' is used twice " + scope
                        + " (first at line " + first.range().startLine() + "); it must be unique so that references and"
                        + " generated tables are unambiguous");
            }
        }
    }
}
