package dev.steward.model.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.git.GitProblem;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review file of a branch, {@code .steward/reviews/<branch>.yaml} (a branch {@code feature/x}
 * is stored as {@code feature/x.yaml}, its slashes kept as folders, so that every branch name Git
 * accepts maps to one file and the folder reads like the branch list):
 * <pre>
 * branch: feature/orders-v2
 * target: main
 * comments:
 *   - id: c1
 *     path: contracts/orders.odcs.yaml
 *     element: schema.orders.properties.amount
 *     author: Alice Example &lt;alice@example.org&gt;
 *     at: "2026-11-27T17:00:00Z"
 *     text: Why is the amount a string now?
 * decisions:
 *   - reviewer: Bob Example &lt;bob@example.org&gt;
 *     verdict: changes_requested        # or approved
 *     at: "2026-11-27T17:05:00Z"
 *     headCommit: 3f2a...                 # the branch head the verdict was given on
 *     note: Bump the major version.
 * </pre>
 * Reading is strict: a file that does not parse or lacks a field fails with its line, and is never
 * overwritten.
 */
final class ReviewFile {

    static final String FOLDER = ".steward/reviews";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private ReviewFile() {
    }

    /** Where the review of {@code branch} is stored, relative to the repository root. */
    static String pathOf(String branch) {
        return FOLDER + "/" + branch + ".yaml";
    }

    static String write(ReviewRecord record) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("branch", record.branch());
        root.put("target", record.target());
        List<Map<String, Object>> comments = new ArrayList<>();
        for (ReviewComment c : record.comments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("path", c.path());
            m.put("element", c.element());
            m.put("author", c.author());
            m.put("at", c.at().toString());
            m.put("text", c.text());
            comments.add(m);
        }
        root.put("comments", comments);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (ReviewDecision d : record.decisions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reviewer", d.reviewer());
            m.put("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
            m.put("at", d.at().toString());
            m.put("headCommit", d.headCommit());
            m.put("note", d.note());
            decisions.add(m);
        }
        root.put("decisions", decisions);
        try {
            return "# Steward review: comments and decisions on this branch. Commit it with the branch.\n"
                    + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a review as YAML", e);
        }
    }

    /** The review in {@code text}, read from {@code file} (named in messages). */
    static ReviewRecord read(Path file, String text) throws GitProblem {
        YamlDocument doc = new YamlParser().parse(file, text);
        if (doc.hasErrors()) {
            Diagnostic first = doc.problems().getFirst();
            throw corrupt(file, first.range(), first.message());
        }
        YamlMapping root = doc.rootMapping().orElseThrow(() -> corrupt(file, SourceRange.START,
                "expected a mapping with branch, target, comments and decisions"));
        String branch = required(file, root, "branch");
        String target = required(file, root, "target");
        List<ReviewComment> comments = new ArrayList<>();
        for (YamlMapping c : items(file, root, "comments")) {
            comments.add(new ReviewComment(required(file, c, "id"), required(file, c, "path"),
                    c.text("element").orElse(""), required(file, c, "author"), instant(file, c, "at"),
                    c.text("text").orElse("")));
        }
        List<ReviewDecision> decisions = new ArrayList<>();
        for (YamlMapping d : items(file, root, "decisions")) {
            decisions.add(new ReviewDecision(required(file, d, "reviewer"), verdict(file, d), instant(file, d, "at"),
                    required(file, d, "headCommit"), d.text("note").orElse("")));
        }
        return new ReviewRecord(branch, target, comments, decisions);
    }

    private static List<YamlMapping> items(Path file, YamlMapping root, String key) throws GitProblem {
        YamlNode node = root.get(key).orElse(null);
        if (node == null || node instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
            return List.of();
        }
        if (!(node instanceof YamlSequence seq)) {
            throw corrupt(file, node.range(), "'" + key + "' must be a list");
        }
        List<YamlMapping> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlMapping m)) {
                throw corrupt(file, item.range(), "each entry of '" + key + "' must be a mapping");
            }
            out.add(m);
        }
        return out;
    }

    private static String required(Path file, YamlMapping m, String key) throws GitProblem {
        return m.text(key).filter(s -> !s.isBlank())
                .orElseThrow(() -> corrupt(file, m.range(), "'" + key + "' is missing or empty"));
    }

    private static Instant instant(Path file, YamlMapping m, String key) throws GitProblem {
        String value = required(file, m, key);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw corrupt(file, m.get(key).orElseThrow().range(), "'" + key + "' is not an ISO-8601 instant"
                    + " (like 2026-11-27T17:00:00Z): " + value);
        }
    }

    private static ReviewDecision.Verdict verdict(Path file, YamlMapping m) throws GitProblem {
        String value = required(file, m, "verdict");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "approved" -> ReviewDecision.Verdict.APPROVED;
            case "changes_requested" -> ReviewDecision.Verdict.CHANGES_REQUESTED;
            default -> throw corrupt(file, m.get("verdict").orElseThrow().range(),
                    "'verdict' is '" + value + "'; allowed: approved, changes_requested");
        };
    }

    private static GitProblem corrupt(Path file, SourceRange at, String what) {
        return new GitProblem(GitProblem.Kind.OTHER, "The review file " + file + " cannot be read (line "
                + at.startLine() + "): " + what + ". It was left as it is: fix it by hand, or take it from Git"
                + " (for example, discard your changes to it).");
    }
}
