package dev.steward.model.diff.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Conformance with datacontract-cli's breaking-change fixtures: the legacy DCS pairs (v0.10.41,
 * {@code EXPECTED-legacy-breaking-changelog.json}) and the ODCS integration pair
 * ({@code EXPECTED-odcs-changelog-breaking.json}). Legacy ERROR is our breaking, WARN warning, INFO
 * info. Where our rule table deliberately classifies differently, {@link #DEVIATIONS} says so and why.
 */
class ContractDiffConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADLINE = Pattern.compile("(\\d+) changes: (\\d+) error, (\\d+) warning, (\\d+) info");

    /** A severity we give on purpose where the legacy table gave another. */
    private record Deviation(String pair, String location, ChangeSeverity legacy, ChangeSeverity ours, String reason) {
    }

    private static final String ADDED = "fields-v1.yaml>fields-v2.yaml";
    private static final String REMOVED = "fields-v2.yaml>fields-v1.yaml";
    private static final String UPDATED = "fields-v2.yaml>fields-v3.yaml";
    private static final String FIELDS = "models.my_table.fields.";
    private static final String TIGHTER = "a constraint added where there was none tightens from 'anything' to the bound: "
            + "data valid before may be rejected, just as when a bound is raised, which legacy itself calls breaking";
    private static final String LOOSER = "a higher upper bound admits everything that was valid before: loosened, a warning "
            + "(the issue's table); legacy flagged any update of the key";
    private static final String DEFAULT = "primaryKey: false is the default; writing or dropping it changes nothing";

    private static final List<Deviation> DEVIATIONS = List.of(
            new Deviation(ADDED, FIELDS + "field_format.format", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_pattern.pattern", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_minLength.minLength", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_maxLength.maxLength", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_minimum.minimum", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_exclusiveMinimum.exclusiveMinimum", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_maximum.maximum", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_exclusiveMaximum.exclusiveMaximum", ChangeSeverity.WARNING, ChangeSeverity.BREAKING, TIGHTER),
            new Deviation(ADDED, FIELDS + "field_enum.enum", ChangeSeverity.WARNING, ChangeSeverity.BREAKING,
                    "an enum added where there was none restricts the field to its values: " + TIGHTER),
            new Deviation(ADDED, FIELDS + "field_primaryKey.primaryKey", ChangeSeverity.WARNING, ChangeSeverity.INFO, DEFAULT),
            new Deviation(REMOVED, FIELDS + "field_pattern.pattern", ChangeSeverity.BREAKING, ChangeSeverity.WARNING,
                    "without its pattern the field accepts every value it accepted before: loosened, like a removed minLength, "
                            + "which legacy calls a warning too"),
            new Deviation(REMOVED, FIELDS + "field_enum.enum", ChangeSeverity.INFO, ChangeSeverity.WARNING,
                    "dropping the enum loosens the field to any value: consumers that switch over the values must look"),
            new Deviation(REMOVED, FIELDS + "field_primaryKey.primaryKey", ChangeSeverity.WARNING, ChangeSeverity.INFO, DEFAULT),
            new Deviation(UPDATED, FIELDS + "field_primaryKey.primaryKey", ChangeSeverity.WARNING, ChangeSeverity.BREAKING,
                    "the issue's table: changing the primary key breaks joins and deduplication downstream"),
            new Deviation(UPDATED, FIELDS + "field_maxLength.maxLength", ChangeSeverity.BREAKING, ChangeSeverity.WARNING, LOOSER),
            new Deviation(UPDATED, FIELDS + "field_maximum.maximum", ChangeSeverity.BREAKING, ChangeSeverity.WARNING, LOOSER),
            new Deviation(UPDATED, FIELDS + "field_exclusiveMaximum.exclusiveMaximum", ChangeSeverity.BREAKING, ChangeSeverity.WARNING, LOOSER),
            new Deviation(UPDATED, FIELDS + "field_enum.enum", ChangeSeverity.BREAKING, ChangeSeverity.WARNING,
                    "only a value was added ([one] -> [one, two]): loosened; removing a value is what breaks consumers"));

    @Test
    void legacyPairsGiveTheLegacySeveritiesOrTheDocumentedOnes() throws IOException {
        Path dir = Corpus.require().resolve("datacontract-cli-fixtures");
        JsonNode expected = JSON.readTree(dir.resolve("EXPECTED-legacy-breaking-changelog.json").toFile());
        int pairs = 0;
        for (JsonNode pair : expected.get("pairs")) {
            String old = pair.get("old").asText();
            String now = pair.get("new").asText();
            String key = old.substring(old.lastIndexOf("datacontract-") + 13) + ">" + now.substring(now.lastIndexOf("datacontract-") + 13);
            List<SemanticChange> changes = diff(dir.resolve("v0.10.41"), old, now);
            String shown = key + "\n" + ContractDiffs.render(changes);
            List<Deviation> deviations = DEVIATIONS.stream().filter(d -> d.pair().equals(key)).toList();

            Map<ChangeSeverity, Integer> counts = headline(pair.get("changelog").get("headline").asText());
            for (Deviation d : deviations) {
                counts.merge(d.legacy(), -1, Integer::sum);
                counts.merge(d.ours(), 1, Integer::sum);
            }
            for (ChangeSeverity severity : ChangeSeverity.values()) {
                assertEquals(counts.get(severity), (int) changes.stream().filter(c -> c.severity() == severity).count(),
                        severity.id() + " count of " + shown);
            }
            for (JsonNode entry : pair.get("changelog").get("asserted_entries")) {
                String location = entry.get("location").asText();
                ChangeSeverity want = deviations.stream().filter(d -> d.location().equals(location)).findFirst()
                        .map(Deviation::ours).orElse(legacy(entry.get("severity").asText()));
                SemanticChange change = ContractDiffs.at(changes, location);
                assertEquals(want, change.severity(), location + " in " + shown);
                String rule = entry.get("rule").asText();
                if (!rule.endsWith("_updated")) { // an updated list (enum, tags) is reported per value added or removed
                    assertEquals(rule.endsWith("_added") ? ChangeKind.ADDED : ChangeKind.REMOVED, change.change(), location + " in " + shown);
                }
            }
            for (Deviation d : deviations) {
                assertEquals(d.ours(), ContractDiffs.at(changes, d.location()).severity(), d.reason());
            }
            if (pair.has("breaking")) {
                boolean legacyBreaking = pair.get("breaking").get("exit_code").asInt() == 1;
                boolean ourBreaking = changes.stream().anyMatch(SemanticChange::isBreaking);
                boolean excused = key.equals(ADDED); // only through the deviations above: constraints added where none were
                assertEquals(legacyBreaking || excused, ourBreaking, "breaking exit of " + shown);
            }
            pairs++;
        }
        assertEquals(13, pairs);
    }

    @Test
    void odcsIntegrationPairMatchesTheCurrentChangelogAndIsBreaking() throws IOException {
        Path main = Corpus.require().resolve("datacontract-cli-fixtures/main");
        JsonNode expected = JSON.readTree(main.resolveSibling("EXPECTED-odcs-changelog-breaking.json").toFile()).get("pairs").get(0);
        String old = expected.get("old").asText();
        String now = expected.get("new").asText();
        List<SemanticChange> changes = diff(main, old, now);
        for (JsonNode entry : expected.get("changelog").get("entries_include")) {
            SemanticChange change = ContractDiffs.at(changes, entry.get("path").asText());
            assertEquals(entry.get("type").asText(), change.change().id());
            assertEquals(Optional.of(entry.get("old_value").asText()), change.before());
            assertEquals(Optional.of(entry.get("new_value").asText()), change.after());
        }
        assertEquals(expected.get("breaking_pr1482").get("is_breaking").asBoolean(), changes.stream().anyMatch(SemanticChange::isBreaking));
        for (JsonNode path : expected.get("changelog").get("summary_paths_include")) {
            assertTrue(changes.stream().anyMatch(c -> c.element().equals(path.asText()) || c.element().startsWith(path.asText() + ".")),
                    path.asText() + " in\n" + ContractDiffs.render(changes));
        }
        List<String> types = changes.stream().map(c -> c.change().id()).distinct().toList();
        for (JsonNode type : expected.get("changelog").get("entry_types_present")) {
            assertTrue(types.contains(type.asText()), type.asText());
        }
        assertEquals(List.of(), diff(main, old, old), "identity");
    }

    /**
     * The CLI's golden changelog summary rolls leaf changes up to their element; ours are one per
     * element already, so each summary row is exactly one of our changes, with the same kind.
     */
    @Test
    void odcsIntegrationPairGivesOneChangePerGoldenSummaryRow() throws IOException {
        Path main = Corpus.require().resolve("datacontract-cli-fixtures/main");
        List<SemanticChange> changes = diff(main, "tests/fixtures/changelog/integration/changelog_integration_v1.yaml",
                "tests/fixtures/changelog/integration/changelog_integration_v2.yaml");
        String golden = Files.readString(main.resolve("tests/fixtures/changelog/golden_changelog_text.txt"));
        String summary = golden.substring(golden.indexOf("Summary"), golden.indexOf("Details"));
        Matcher row = Pattern.compile("│ (Added|Removed|Updated)\\s+│ (\\S+)\\s+│").matcher(summary);
        int rows = 0;
        while (row.find()) {
            String path = row.group(2);
            List<SemanticChange> under = changes.stream()
                    .filter(c -> c.element().equals(path) || c.element().startsWith(path + ".")).toList();
            assertEquals(1, under.size(), path + " in\n" + ContractDiffs.render(changes));
            assertEquals(row.group(1).toLowerCase(java.util.Locale.ROOT), under.getFirst().change().id(), path);
            rows++;
        }
        assertEquals(8, rows);
        assertEquals(rows, changes.size(), ContractDiffs.render(changes));
        assertEquals(List.of("schema.orders.properties.customer_id", "schema.orders.properties.order_date.logicalType",
                "schema.orders.properties.total_amount.required", "slaProperties.availability.value"),
                changes.stream().filter(SemanticChange::isBreaking).map(SemanticChange::element).toList());
    }

    @Test
    void odcsIntegrationPairHoldsItsVersionDiscipline() throws IOException {
        Path main = Corpus.require().resolve("datacontract-cli-fixtures/main/tests/fixtures/changelog/integration");
        ArtifactRevision v1 = ArtifactRevision.parse("v1.yaml", Files.readString(main.resolve("changelog_integration_v1.yaml")));
        ArtifactRevision v2 = ArtifactRevision.parse("v2.yaml", Files.readString(main.resolve("changelog_integration_v2.yaml")));
        ContractDiffer differ = new ContractDiffer();
        List<SemanticChange> changes = differ.diff(Optional.of(v1), Optional.of(v2));
        VersionVerdict verdict = differ.verdict(Optional.of(v1), Optional.of(v2), changes).orElseThrow();
        assertEquals(VersionVerdict.Bump.MAJOR, verdict.bump());
        assertEquals(VersionVerdict.Bump.MAJOR, verdict.required());
        assertTrue(verdict.holds());
    }

    @Test
    void schemaEvolutionSeriesRemovesServersAndMakesPopulationRequired() throws IOException {
        Path dir = Corpus.require().resolve("datacontract-cli-fixtures/main/tests/fixtures/schema-evolution");
        List<SemanticChange> v2to3 = diff(dir, "odcs-datacontract-cities-version-2.yaml", "odcs-datacontract-cities-version-3.yaml");
        ContractDiffs.assertRule(ContractDiffs.at(v2to3, "servers.current-json"), "server-removed", ChangeSeverity.BREAKING);
        ContractDiffs.assertRule(ContractDiffs.at(v2to3, "schema.cities.properties.population.required"), "required-added",
                ChangeSeverity.BREAKING);
        List<SemanticChange> v1to2 = diff(dir, "odcs-datacontract-cities-version-1.yaml", "odcs-datacontract-cities-version-2.yaml");
        ContractDiffs.assertRule(ContractDiffs.at(v1to2, "schema.cities.properties.population"), "property-added", ChangeSeverity.INFO);
    }

    private static ChangeSeverity legacy(String severity) {
        return switch (severity) {
            case "error" -> ChangeSeverity.BREAKING;
            case "warning" -> ChangeSeverity.WARNING;
            default -> ChangeSeverity.INFO;
        };
    }

    private static Map<ChangeSeverity, Integer> headline(String text) {
        Matcher m = HEADLINE.matcher(text);
        assertTrue(m.matches(), text);
        Map<ChangeSeverity, Integer> counts = new EnumMap<>(ChangeSeverity.class);
        counts.put(ChangeSeverity.BREAKING, Integer.parseInt(m.group(2)));
        counts.put(ChangeSeverity.WARNING, Integer.parseInt(m.group(3)));
        counts.put(ChangeSeverity.INFO, Integer.parseInt(m.group(4)));
        return counts;
    }

    static List<SemanticChange> diff(Path root, String old, String now) throws IOException {
        return new ContractDiffer().diff(Optional.of(ArtifactRevision.parse(old, Files.readString(root.resolve(old)))),
                Optional.of(ArtifactRevision.parse(now, Files.readString(root.resolve(now)))));
    }
}
