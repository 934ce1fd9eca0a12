package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;

/**
 * Reports a field whose name suggests personal data but that carries no classification, with a
 * fix adding {@code classification: restricted}. Shared by ODCS properties and DCS fields.
 */
public final class ClassificationCheck {

    public static final String DEFAULT_CLASSIFICATION = "restricted";

    private ClassificationCheck() {
    }

    /**
     * Checks one field. {@code field} is its mapping; {@code name} its name (for messages and the
     * diagnostic's position); {@code anchor} the entry of {@code field} after which the fix inserts
     * the classification (null: after the last entry); {@code classificationKeys} the keys any of
     * which counts as a classification.
     */
    public static void check(YamlDocument document, YamlMapping field, String name, YamlNode position,
                             YamlMapping.Entry anchor, List<String> classificationKeys, String rule, String what,
                             Findings findings) {
        for (String key : classificationKeys) {
            if (field.get(key).filter(v -> !v.isNull() && !(v instanceof YamlScalar s && s.value().isBlank())).isPresent()) {
                return;
            }
        }
        if (field.text("logicalType").or(() -> field.text("type")).filter("boolean"::equals).isPresent()) {
            return; // a flag such as has_email does not hold the data
        }
        String term = PersonalDataNames.matchedTerm(name);
        if (term == null) {
            return;
        }
        YamlMapping.Entry after = anchor != null ? anchor : field.entries().isEmpty() ? null : field.entries().getLast();
        List<QuickFix> fixes = after == null ? List.of()
                : EntryInsertion.after(document, field, after, "classification: " + DEFAULT_CLASSIFICATION)
                        .map(edit -> List.of(new QuickFix("Add 'classification: " + DEFAULT_CLASSIFICATION + "'", List.of(edit))))
                        .orElse(List.of());
        findings.add(Severity.WARNING, rule, position.range(), what + " '" + name + "' looks like personal data ("
                + term + ") but has no " + String.join(" or ", classificationKeys)
                + "; classify it (e.g. classification: " + DEFAULT_CLASSIFICATION + ") so access and masking policies apply",
                fixes);
    }
}
