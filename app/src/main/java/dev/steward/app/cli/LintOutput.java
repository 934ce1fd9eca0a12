package dev.steward.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.FileReport;
import dev.steward.model.workspace.WorkspaceLinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code steward lint} prints. Text: {@code path:line:column: severity [rule] message} lines
 * and a summary line. JSON: {@code {"files":[{"path","kind"}], "diagnostics":[{"path","line",
 * "column","severity","rule","message"}], "errors":N, "warnings":N}}. Diagnostics are sorted by
 * path and position so that the output is stable across runs.
 */
final class LintOutput {

    /** One lint run and the problems of the policy file it used. */
    record Section(WorkspaceLinter.LintRun run, List<Diagnostic> policyProblems) {
    }

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> String.valueOf(d.path()))
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule);

    private final List<FileReport> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    LintOutput(List<Section> sections) {
        for (Section s : sections) {
            files.addAll(s.run().files());
            diagnostics.addAll(s.policyProblems());
            diagnostics.addAll(s.run().diagnostics());
        }
        diagnostics.sort(ORDER);
    }

    long errors() {
        return count(Severity.ERROR);
    }

    long warnings() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.path()).append(':').append(d.line()).append(':').append(d.column()).append(": ")
                    .append(d.severity().label()).append(" [").append(d.rule()).append("] ")
                    .append(oneLine(d.message())).append('\n');
        }
        out.append(plural(files.size(), "file")).append(", ").append(plural(errors(), "error")).append(", ")
                .append(plural(warnings(), "warning")).append('\n');
        return out.toString();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode fileArray = root.putArray("files");
        for (FileReport f : files) {
            fileArray.addObject()
                    .put("path", f.path().toString())
                    .put("kind", f.kind().map(k -> k.id()).orElse(null));
        }
        ArrayNode diagArray = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            diagArray.addObject()
                    .put("path", String.valueOf(d.path()))
                    .put("line", d.line())
                    .put("column", d.column())
                    .put("severity", d.severity().label())
                    .put("rule", d.rule())
                    .put("message", d.message());
        }
        root.put("errors", errors());
        root.put("warnings", warnings());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen for a tree of plain values", e);
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Keeps one diagnostic on one line, so that tools reading {@code path:line:col:} lines work. */
    private static String oneLine(String message) {
        return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
