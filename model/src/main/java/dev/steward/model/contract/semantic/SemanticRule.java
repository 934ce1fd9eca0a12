package dev.steward.model.contract.semantic;

import dev.steward.model.validation.ValidationContext;

/**
 * A rule over one outline of a contract ({@code C}: the ODCS or DCS outline). Rules report under
 * stable rule ids; they are stateless and must tolerate any document shape.
 */
@FunctionalInterface
public interface SemanticRule<C> {

    void check(C contract, ValidationContext context, Findings findings);
}
