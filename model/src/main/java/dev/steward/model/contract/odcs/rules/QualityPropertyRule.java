package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ScalarText;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;

/**
 * A library quality rule of a schema object that names properties ({@code arguments.properties},
 * as {@code duplicateValues} over several columns does) must name properties of that object.
 * SQL rules are not checked: their placeholders and queries are the engine's business.
 */
public final class QualityPropertyRule implements OdcsRule {

    public static final String RULE = "odcs-quality-property";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        for (SchemaObject schema : contract.schemas()) {
            if (schema.nameText() == null) {
                continue;
            }
            for (YamlNode rule : schema.node().sequence("quality").map(s -> s.items()).orElse(List.of())) {
                if (!(rule instanceof YamlMapping quality) || !isLibrary(quality)) {
                    continue;
                }
                quality.mapping("arguments").flatMap(a -> a.sequence("properties")).ifPresent(names -> {
                    for (YamlNode item : names.items()) {
                        if (item instanceof YamlScalar name && name.type() != YamlScalar.Type.NULL
                                && schema.property(name.value()).isEmpty()) {
                            report(contract, schema, quality, name, findings);
                        }
                    }
                });
            }
        }
    }

    private static boolean isLibrary(YamlMapping quality) {
        return quality.text("type").map(t -> t.equals("library")).orElse(true);
    }

    private static void report(OdcsContract contract, SchemaObject schema, YamlMapping quality, YamlScalar name, Findings findings) {
        String suggestion = ClosestMatch.closest(name.value(), schema.propertyPaths()).orElse(null);
        String metric = quality.text("metric").map(m -> "'" + m + "' ").orElse("");
        String message = "The " + metric + "quality rule names property '" + name.value() + "', which schema object '"
                + schema.nameText() + "' does not have"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
        findings.add(Severity.ERROR, RULE, name.range(), message,
                ScalarText.changeTo(contract.document(), name, 0, name.value().length(), suggestion));
    }
}
