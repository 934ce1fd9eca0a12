package dev.steward.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.steward.model.contract.dcs.DcsValidator;
import dev.steward.model.contract.odcs.OdcsValidator;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.text.TextEdit;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.List;

/** Validates small contracts given as text, for the rule tests. */
public final class ContractFixtures {

    /** An ODCS contract that every semantic rule accepts; tests append schema objects and SLAs to it. */
    public static final String ODCS_HEADER = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders-contract
            name: Orders
            version: 1.2.0
            status: active
            team:
              name: sales-data
            """;

    private static final YamlParser PARSER = new YamlParser();

    private ContractFixtures() {
    }

    public static YamlDocument parse(Path path, String text) {
        YamlDocument doc = PARSER.parse(path, text);
        assertEquals(List.of(), doc.problems(), "fixture is not clean YAML");
        return doc;
    }

    public static List<Diagnostic> odcs(String text) {
        return validate(new OdcsValidator(), Path.of("contracts/orders.odcs.yaml"), text, ValidationContext.standalone());
    }

    public static List<Diagnostic> dcs(String text) {
        return validate(new DcsValidator(), Path.of("contracts/orders.dcs.yaml"), text, ValidationContext.standalone());
    }

    public static List<Diagnostic> validate(ArtifactValidator validator, Path path, String text, ValidationContext context) {
        return validator.validate(parse(path, text), context);
    }

    public static ValidationContext workspace(WorkspaceIndex index) {
        return new ValidationContext(index, ValidationPolicy.DEFAULT);
    }

    /** The diagnostics of one rule. */
    public static List<Diagnostic> of(String rule, List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** The one diagnostic of {@code rule}; fails when there is none or several. */
    public static Diagnostic only(String rule, List<Diagnostic> diagnostics) {
        List<Diagnostic> found = of(rule, diagnostics);
        assertEquals(1, found.size(), () -> "expected one [" + rule + "] among " + diagnostics);
        return found.getFirst();
    }

    /** 1-based line of the {@code occurrence}-th (1-based) appearance of {@code needle} in {@code text}. */
    public static int lineOf(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new AssertionError("'" + needle + "' occurs fewer than " + occurrence + " times");
            }
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The text the diagnostic's range covers. */
    public static String underlined(String text, Diagnostic d) {
        return text.substring(d.range().startOffset(), d.range().endOffset());
    }

    /** {@code text} with the diagnostic's first quick fix applied. */
    public static String applyFirstFix(String text, Diagnostic d) {
        assertFalse(d.fixes().isEmpty(), () -> "no quick fix on " + d);
        return TextEdit.applyAll(text, d.fixes().getFirst().edits());
    }
}
