/**
 * Live governance while editing: the breaking changes of an edited buffer against its committed
 * version (HEAD), as diagnostics on the buffer, each with the downstream artifacts it reaches, and the
 * contract version discipline with its quick fix. The studio runs it with live validation; it uses the
 * same differs as reviews ({@code dev.steward.model.diff}). No JavaFX here.
 */
package dev.steward.model.baseline;
