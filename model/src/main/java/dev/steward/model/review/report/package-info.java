/**
 * Writes a {@link dev.steward.model.diff.DiffReport} for people and tools: plain text for a terminal,
 * JSON for CI ({@code steward diff --format json}), Markdown ready to paste as a pull-request
 * comment, and a changelog per contract. No JavaFX here.
 */
package dev.steward.model.review.report;
