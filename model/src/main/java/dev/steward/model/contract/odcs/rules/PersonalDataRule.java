package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.odcs.OdcsContract.Property;
import dev.steward.model.contract.odcs.OdcsContract.SchemaObject;
import dev.steward.model.contract.semantic.ClassificationCheck;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.validation.ValidationContext;
import java.util.List;

/** A property whose name suggests personal data (email, phone, date of birth...) should carry a {@code classification}. */
public final class PersonalDataRule implements OdcsRule {

    public static final String RULE = "odcs-pii-unclassified";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        for (SchemaObject schema : contract.schemas()) {
            for (Property p : schema.allProperties()) {
                ClassificationCheck.check(contract.document(), p.node(), p.nameText(), p.name(),
                        p.node().entry("name").orElse(null), List.of("classification"), RULE, "Property", findings);
            }
        }
    }
}
