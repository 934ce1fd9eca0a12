/**
 * The YAML code editor and its live validation.
 * <p>
 * {@link dev.steward.views.editor.YamlCodeEditor} is the view: a RichTextFX {@code CodeArea} in a
 * {@code VirtualizedScrollPane}, with a find/replace bar above it. Its parts are small classes:
 * <ul>
 *   <li>{@code YamlLexer} tokenizes one line with a carried state (inside a block scalar or not);
 *       {@code ParagraphStyler} is the only caller of {@code setStyleSpans}: per pulse it restyles the
 *       changed lines (and the following lines whose start state changed), with the diagnostic
 *       underlines overlaid on the highlighting through {@code StyleSpans.overlay};</li>
 *   <li>{@code DiagnosticLayout} places diagnostics on lines (underline ranges, gutter severities,
 *       hover lookup); {@code DiagnosticShift} moves them and their quick-fix edits with each edit;</li>
 *   <li>{@code DiagnosticGutter} (line numbers and markers), {@code DiagnosticHover} (popup),
 *       {@code QuickFixMenu} (Ctrl+1 and context menu), {@code CompletionPopup} with
 *       {@code CompletionTrigger}, {@code FindReplaceBar} with {@code TextSearch}, and
 *       {@code EditorKeys} with {@code Indentation} for the keyboard;</li>
 *   <li>{@link dev.steward.views.editor.EditorNavigation} is the optional name navigation of a file
 *       (F12 / Ctrl+click, Shift+F12, F2), with {@code SymbolHover} showing what a name is.</li>
 * </ul>
 * {@link dev.steward.views.editor.LiveValidation} is the pipeline: edits bump a version, ReactFX
 * {@code successionEnds} debounces, the text is snapshotted on the FX thread and validated on an
 * executor; a result is applied only while its version is current, one validation runs at a time
 * and only the latest waiting snapshot is kept.
 * {@link dev.steward.views.editor.EditorViewModel} holds what the window shows about the file.
 * <p>
 * Threading: everything here runs on the FX thread except the validator, the completion provider
 * and {@link dev.steward.views.editor.EditorNavigation#hover}, which get immutable snapshots (a
 * {@code String} and an offset).
 */
package dev.steward.views.editor;
