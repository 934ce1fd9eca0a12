package dev.steward.model.semantic.validation;

/** One project-level check of the semantic layer, with a stable rule id ({@code semantic-...}). */
interface SemanticRule {

    String id();

    /** What the rule checks, for the error reported when the rule itself fails. */
    String checking();

    void check(SemanticIndex index, Findings findings);
}
