package dev.steward.model.validation;

import dev.steward.model.diagnostic.Severity;

/**
 * What a rule checks and the severity it reports at unless a workspace policy re-grades it. A rule
 * that reports at more than one level (an error, and a warning for a milder form) gives the
 * highest as its default.
 */
public record RuleDescription(String id, Severity defaultSeverity, String description) {
}
