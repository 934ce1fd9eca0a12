package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps parts of a scalar's value back to the source text, so that a diagnostic can underline the
 * one wrong segment of {@code orders.custmer_id} and a quick fix can replace just that segment.
 * Works for single-line plain and quoted scalars whose value appears verbatim in the source
 * (no escapes); otherwise it falls back to the whole scalar and offers no edit.
 */
public final class ScalarText {

    private ScalarText() {
    }

    /** Offset in the source text of the first char of {@code scalar}'s value, when it can be located exactly. */
    public static OptionalInt valueOffset(YamlDocument document, YamlScalar scalar) {
        SourceRange r = scalar.range();
        if (r.startLine() != r.endLine() || scalar.style() == YamlScalar.Style.LITERAL
                || scalar.style() == YamlScalar.Style.FOLDED || r.endOffset() > document.text().length()) {
            return OptionalInt.empty();
        }
        String raw = document.text().substring(r.startOffset(), r.endOffset());
        int skip = scalar.style() == YamlScalar.Style.PLAIN ? 0 : 1;
        if (raw.length() < skip + scalar.value().length()
                || !raw.startsWith(scalar.value(), skip)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(r.startOffset() + skip);
    }

    /** The source range of chars {@code from..to} of the value, or the whole scalar when they cannot be located. */
    public static SourceRange part(YamlDocument document, YamlScalar scalar, int from, int to) {
        OptionalInt start = valueOffset(document, scalar);
        if (start.isEmpty() || from < 0 || to > scalar.value().length() || from > to) {
            return scalar.range();
        }
        return document.lines().range(start.getAsInt() + from, start.getAsInt() + to);
    }

    /** An edit replacing chars {@code from..to} of the value with {@code replacement}, when they can be located. */
    public static Optional<TextEdit> replacePart(YamlDocument document, YamlScalar scalar, int from, int to, String replacement) {
        OptionalInt start = valueOffset(document, scalar);
        if (start.isEmpty() || from < 0 || to > scalar.value().length() || from > to
                || (scalar.style() != YamlScalar.Style.PLAIN && needsEscape(replacement, scalar.style()))) {
            return Optional.empty();
        }
        return Optional.of(TextEdit.replace(start.getAsInt() + from, start.getAsInt() + to, replacement));
    }

    /**
     * The "Change to '<suggestion>'" fix replacing chars {@code from..to} of the value; no fix when
     * {@code suggestion} is null or the chars cannot be located.
     */
    public static List<QuickFix> changeTo(YamlDocument document, YamlScalar scalar, int from, int to, String suggestion) {
        if (suggestion == null) {
            return List.of();
        }
        return replacePart(document, scalar, from, to, suggestion)
                .map(edit -> List.of(new QuickFix("Change to '" + suggestion + "'", List.of(edit))))
                .orElse(List.of());
    }

    private static boolean needsEscape(String text, YamlScalar.Style style) {
        return style == YamlScalar.Style.SINGLE_QUOTED ? text.contains("'") : text.contains("\"") || text.contains("\\");
    }
}
