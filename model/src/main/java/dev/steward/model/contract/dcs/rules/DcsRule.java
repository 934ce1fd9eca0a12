package dev.steward.model.contract.dcs.rules;

import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.semantic.SemanticRule;

/**
 * One Data Contract Specification rule beyond the JSON Schema, reporting under stable rule ids
 * (constants of the implementing class). Stateless; must tolerate any document shape.
 */
@FunctionalInterface
public interface DcsRule extends SemanticRule<DcsContract> {
}
