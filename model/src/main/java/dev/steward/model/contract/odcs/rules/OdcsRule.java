package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.semantic.SemanticRule;

/**
 * One ODCS rule that the JSON Schema cannot express. Each rule reports under stable rule ids
 * (constants of the implementing class) that workspace policies use to re-grade or turn it off.
 * Implementations are stateless and must tolerate any document shape.
 */
public interface OdcsRule extends SemanticRule<OdcsContract> {
}
