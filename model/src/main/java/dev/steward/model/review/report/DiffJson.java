package dev.steward.model.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.DiffReport;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.VersionVerdict;
import java.util.Optional;

/**
 * The JSON of a diff: {@code {"changes":[{"path","artifact","element","change","severity","before",
 * "after","impacted":[{"id","kind","name","path","explanation","owners"}]}],"breaking":N,"warnings":N,
 * "versions":[...]}}. {@code artifact} is the artifact's title; {@code before}/{@code after} are
 * null when the element did not exist; {@code versions} lists only the contracts whose version
 * does not follow their changes.
 */
public final class DiffJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {
    }

    public static String write(DiffReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode changes = root.putArray("changes");
        for (ArtifactDiff a : report.artifacts()) {
            for (SemanticChange c : a.changes()) {
                ObjectNode o = changes.addObject();
                o.put("path", a.path());
                o.put("artifact", a.title());
                o.put("element", c.element());
                o.put("change", c.change().id());
                o.put("severity", c.severity().id());
                putOptional(o, "before", c.before());
                putOptional(o, "after", c.after());
                ArrayNode impacted = o.putArray("impacted");
                for (ImpactedArtifact i : c.impacted()) {
                    ObjectNode n = impacted.addObject();
                    n.put("id", i.nodeId());
                    n.put("kind", i.kind());
                    n.put("name", i.name());
                    putOptional(n, "path", i.path());
                    n.put("explanation", i.explanation());
                    ArrayNode owners = n.putArray("owners");
                    i.owners().forEach(owners::add);
                }
            }
        }
        root.put("breaking", report.count(ChangeSeverity.BREAKING));
        root.put("warnings", report.count(ChangeSeverity.WARNING));
        ArrayNode versions = root.putArray("versions");
        for (ArtifactDiff a : report.versionViolations()) {
            VersionVerdict v = a.version().orElseThrow();
            ObjectNode o = versions.addObject();
            o.put("path", a.path());
            o.put("artifact", a.title());
            putOptional(o, "before", v.before());
            putOptional(o, "after", v.after());
            o.put("bump", v.bump().name().toLowerCase(java.util.Locale.ROOT));
            o.put("required", v.required().name().toLowerCase(java.util.Locale.ROOT));
            o.put("message", v.problem().map(p -> p.message()).orElse(""));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff as JSON", e);
        }
    }

    private static void putOptional(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }
}
