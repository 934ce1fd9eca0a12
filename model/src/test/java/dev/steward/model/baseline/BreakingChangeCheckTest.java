package dev.steward.model.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactDiffer;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The check's own duties (placing, wording, reach) with a minimal differ written here: a property
 * name missing in head is breaking. The real contract rules are tested with their differ.
 */
class BreakingChangeCheckTest {
    private static final Path FILE = Path.of("contracts/orders.yaml");
    private static final String BASE = """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            version: 1.0.0
            schema:
              - name: orders
                properties:
                  - name: order_id
                  - name: amount
            """;

    private final List<String> asked = new ArrayList<>();
    private final BreakingChangeCheck check = new BreakingChangeCheck(SemanticDiffEngine.of(List.of(new RemovedProperties())),
            subject -> {
                asked.add(subject);
                return List.of(new ImpactedArtifact("metric:revenue", "metric", "revenue", Optional.of("models/metrics.yml"),
                                "orders.amount → revenue", List.of("finance-team")),
                        new ImpactedArtifact("dp:sales", "data_product", "Sales orders", Optional.empty(),
                                "orders.amount → Sales orders", List.of("sales-team", "finance-team")));
            });

    @Test
    void aRemovedPropertyIsReportedOnItsSchemaObjectWithWhatItReachesAndWhomToTell() {
        String edited = BASE.replace("      - name: amount\n", "");
        List<Diagnostic> found = check.check(FILE, BASE, parse(edited));
        assertEquals(1, found.size(), found::toString);
        Diagnostic d = found.getFirst();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(BaselineRules.BREAKING_CHANGE, d.rule());
        assertEquals("property `orders.amount` removed (breaking against HEAD); reaches metric revenue; "
                + "data product Sales orders; notify finance-team, sales-team", d.message());
        assertEquals(7, d.line(), "on the properties of the schema object that lost it: " + d);
        assertEquals(d.line(), d.endLine(), "one line, not the whole block");
        assertEquals(List.of("property:orders.amount"), asked);
    }

    @Test
    void noChangeAndNonBreakingChangesGiveNothing() {
        assertEquals(List.of(), check.check(FILE, BASE, parse(BASE)));
        assertEquals(List.of(), check.check(FILE, BASE, parse(BASE + "      - name: note\n")));
        assertEquals(List.of(), check.check(FILE, BASE, parse(BASE.replace("1.0.0", "1.0.1"))));
        assertEquals(List.of(), asked);
    }

    @Test
    void aFileNoDifferHandlesGivesNothing() {
        String readme = "title: notes\n";
        assertEquals(List.of(), check.check(Path.of("notes.yaml"), readme, parse("title: other\n")));
    }

    private static YamlDocument parse(String text) {
        return new YamlParser().parse(FILE, text);
    }

    /** Breaking: a property of the first schema object that is gone in head. */
    private static final class RemovedProperties implements ArtifactDiffer {
        @Override
        public Set<ArtifactKind> kinds() {
            return Set.of(ArtifactKind.ODCS);
        }

        @Override
        public List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
            List<String> gone = new ArrayList<>(names(before));
            gone.removeAll(names(after));
            return gone.stream().map(name -> new SemanticChange("schema.orders.properties." + name, ChangeKind.REMOVED,
                    ChangeSeverity.BREAKING, "property-removed", Optional.of(name), Optional.empty(),
                    "property `orders." + name + "` removed", Optional.empty(), Optional.empty(),
                    Optional.of("property:orders." + name), List.of())).toList();
        }

        @Override
        public String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
            return "orders";
        }

        private static List<String> names(Optional<ArtifactRevision> revision) {
            List<String> out = new ArrayList<>();
            revision.flatMap(r -> r.document().rootMapping()).flatMap(m -> m.sequence("schema"))
                    .map(s -> (YamlMapping) s.get(0)).flatMap(o -> o.sequence("properties"))
                    .map(YamlSequence::items).orElse(List.of())
                    .forEach((YamlNode p) -> ((YamlMapping) p).text("name").ifPresent(out::add));
            return out;
        }
    }
}
