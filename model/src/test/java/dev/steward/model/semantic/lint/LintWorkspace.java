package dev.steward.model.semantic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.FileReport;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.validation.WorkspaceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A workspace folder for semantic lint tests: files on disk, one index, live linting as the studio does it. */
final class LintWorkspace {
    static final String ORDERS_CONTRACT = """
            apiVersion: v3.0.2
            kind: DataContract
            id: orders-contract
            name: Orders
            version: 1.0.0
            status: active
            schema:
              - name: orders
                logicalType: object
                properties:
                  - name: order_id
                    logicalType: string
                    primaryKey: true
                  - name: customer_id
                    logicalType: string
                  - name: amount
                    logicalType: number
                  - name: status
                    logicalType: string
                  - name: is_paid
                    logicalType: boolean
                  - name: ordered_at
                    logicalType: date
            """;

    final Path root;
    final WorkspaceIndex index;
    final ArtifactLinter linter = ArtifactLinter.standard();
    ValidationPolicy policy = ValidationPolicy.DEFAULT;

    LintWorkspace(Path root) {
        this.root = root;
        this.index = new WorkspaceIndex(root);
    }

    /** Writes a file and registers it, as a workspace lint does before validating. */
    Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        linter.register(linter.parse(file, text), index);
        return file;
    }

    /** Lints a buffer live (its text replaces the file's in the index). */
    FileReport lint(Path file, String text) {
        return linter.lint(file, text, new ValidationContext(index, policy));
    }

    List<Diagnostic> lint(Path file) {
        try {
            return lint(file, Files.readString(file)).diagnostics();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Diagnostic> ofRule(List<Diagnostic> ds, String rule) {
        return ds.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    static Diagnostic single(List<Diagnostic> ds, String rule) {
        List<Diagnostic> found = ofRule(ds, rule);
        assertEquals(1, found.size(), () -> "one " + rule + " in " + ds);
        return found.getFirst();
    }

    /** The 1-based line of the first occurrence of {@code fragment}. */
    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new AssertionError("not in the text: " + fragment);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The file text a diagnostic points at. */
    static String at(String text, Diagnostic d) {
        return text.substring(d.range().startOffset(), d.range().endOffset());
    }
}
