package dev.steward.model.contract.dcs.rules;

import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.validation.ValidationContext;

/**
 * One Data Contract Specification rule beyond the JSON Schema, reporting under stable rule ids
 * (constants of the implementing class). Stateless; must tolerate any document shape.
 */
public interface DcsRule {

    void check(DcsContract contract, ValidationContext context, Findings findings);
}
