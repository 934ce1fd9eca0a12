package dev.steward.model.mesh.governance;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.text.ClosestMatch;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.SourceRange;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The known id a wrong one most likely meant, for a "did you mean" and a fix that writes it in. */
record CloseMatch(Optional<String> value) {

    static CloseMatch of(String wrong, Collection<String> known) {
        return new CloseMatch(wrong == null ? Optional.empty()
                : ClosestMatch.closest(wrong, known.stream().filter(k -> k != null).toList()));
    }

    /** {@code before + "did you mean 'x'?" + after}, or {@code otherwise} when nothing is close. */
    String didYouMean(String before, String after, String otherwise) {
        return value.map(v -> before + "did you mean '" + v + "'?" + after).orElse(otherwise);
    }

    /** A fix replacing the value at {@code range} with the close match; none when nothing is close. */
    List<QuickFix> fixAt(SourceRange range) {
        return value.map(v -> List.of(new QuickFix("Change to '" + v + "'",
                List.of(new TextEdit(range.startOffset(), range.length(), v))))).orElse(List.of());
    }
}
