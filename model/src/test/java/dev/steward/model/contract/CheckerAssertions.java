package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.util.List;
import java.util.function.Function;

/** Shared helpers for checker tests: parse, check, pick the one diagnostic, apply its fix. */
public final class CheckerAssertions {

    private final Function<YamlDocument, List<Diagnostic>> checker;

    public CheckerAssertions(Function<YamlDocument, List<Diagnostic>> checker) {
        this.checker = checker;
    }

    public List<Diagnostic> check(String text) {
        YamlDocument doc = new YamlParser().parse(text);
        assertFalse(doc.hasErrors(), () -> "test YAML does not parse: " + doc.problems());
        return checker.apply(doc);
    }

    public List<Diagnostic> errors(String text) {
        return check(text).stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The only diagnostic of {@code text}, failing with the full list otherwise. */
    public Diagnostic single(String text) {
        List<Diagnostic> all = check(text);
        assertEquals(1, all.size(), () -> "expected one diagnostic, got:\n" + all.stream().map(Diagnostic::toString)
                .reduce("", (a, b) -> a + b + "\n"));
        return all.getFirst();
    }

    /** The text under a diagnostic's range. */
    public static String covered(String text, Diagnostic d) {
        return text.substring(d.range().startOffset(), d.range().endOffset());
    }

    public static String apply(String text, QuickFix fix) {
        return TextEdit.applyAll(text, fix.edits());
    }
}
