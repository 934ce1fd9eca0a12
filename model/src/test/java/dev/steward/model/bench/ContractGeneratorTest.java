package dev.steward.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.bench.GeneratedWorkspace.DeliberateError;
import dev.steward.model.bench.GeneratedWorkspace.Kind;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractGeneratorTest {

    private static final Set<String> OPERATORS = Set.of("mustBe", "mustNotBe", "mustBeGreaterThan",
            "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

    private final YamlParser parser = new YamlParser();

    @TempDir
    Path tmp;

    @Test
    void largeContractHasThreeHundredObjectsOverFiveThousandLinesAndParsesCleanly() {
        String text = new ContractGenerator().largeContract();

        YamlDocument doc = parser.parse(text);
        assertEquals(List.of(), doc.problems());
        assertEquals(Optional.of(ArtifactKind.ODCS), ArtifactDetector.detect(text));
        YamlMapping root = doc.rootMapping().orElseThrow();
        assertEquals(ContractGenerator.DEFAULT_SCHEMA_OBJECTS, root.sequence("schema").orElseThrow().size());
        assertTrue(YamlEmitter.lines(text) >= 5_000, YamlEmitter.lines(text) + " lines");
        for (String block : List.of("servers", "team", "slaProperties", "support", "roles")) {
            assertTrue(root.has(block), "large contract has " + block);
        }
    }

    @Test
    void largeContractRelationshipsPointToEarlierObjects() {
        GeneratedTables tables = read("large", new ContractGenerator().largeContract());

        assertTrue(tables.references.size() > 100, tables.references.size() + " relationship ends");
        for (GeneratedTables.Reference ref : tables.references) {
            assertTrue(tables.resolves(ref.target()), ref + " resolves");
            assertTrue(tables.order.get(ref.table()) <= tables.order.get(ref.fromTable()), ref + " points backwards");
        }
        assertTrue(tables.nestedObjects > 10, "nested object properties: " + tables.nestedObjects);
        assertTrue(tables.compositeRelationships > 5, "composite relationships: " + tables.compositeRelationships);
    }

    @Test
    void everyLibraryAndSqlRuleHasExactlyOneOperator() {
        GeneratedTables tables = read("large", new ContractGenerator().largeContract());

        Set<String> kinds = tables.rules.stream()
                .map(r -> r.text("metric").orElse(r.text("type").orElseThrow()))
                .collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("nullValues", "rowCount", "duplicateValues", "sql", "text")), kinds.toString());
        for (YamlMapping rule : tables.rules) {
            long operators = rule.keys().stream().filter(OPERATORS::contains).count();
            assertEquals(rule.text("type").orElseThrow().equals("text") ? 0 : 1, operators, "rule at line " + rule.range().startLine());
        }
    }

    @Test
    void sameSeedGivesTheSameTextAndAnotherSeedDoesNot() {
        assertEquals(new ContractGenerator(7).largeContract(20), new ContractGenerator(7).largeContract(20));
        assertNotEquals(new ContractGenerator(7).largeContract(20), new ContractGenerator(8).largeContract(20));
    }

    @Test
    void workspaceHasTheRequestedNumberOfOdcsFilesOfVariedSize() throws IOException {
        GeneratedWorkspace ws = new ContractGenerator().writeWorkspace(tmp);

        assertEquals(ContractGenerator.DEFAULT_CONTRACTS, ws.contracts().size());
        List<Path> onDisk;
        try (Stream<Path> files = Files.walk(tmp)) {
            onDisk = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(ws.contracts(), onDisk);
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (Path file : ws.contracts()) {
            String text = Files.readString(file);
            assertEquals(Optional.of(ArtifactKind.ODCS), ArtifactDetector.detect(text), file.toString());
            int lines = YamlEmitter.lines(text);
            smallest = Math.min(smallest, lines);
            largest = Math.max(largest, lines);
        }
        assertTrue(smallest >= ContractGenerator.MIN_LINES && smallest < 40, "smallest " + smallest);
        assertTrue(largest <= ContractGenerator.MAX_LINES && largest > 160, "largest " + largest);
        assertEquals(ContractGenerator.DEFAULT_CONTRACTS / ContractGenerator.ERROR_EVERY, ws.deliberateErrors().size());
    }

    @Test
    void onlyThePlantedRelationshipsDangleAndOthersCrossFiles() throws IOException {
        GeneratedWorkspace ws = new ContractGenerator(3).writeWorkspace(tmp, 300);
        GeneratedTables tables = new GeneratedTables();
        for (Path file : ws.contracts()) {
            YamlDocument doc = parser.parse(file, Files.readString(file));
            assertEquals(List.of(), doc.problems(), file.toString());
            tables.add(file.toString(), doc.rootMapping().orElseThrow());
        }

        Set<String> dangling = tables.references.stream().map(GeneratedTables.Reference::target)
                .filter(t -> !tables.resolves(t)).collect(Collectors.toSet());
        Set<String> planted = ws.deliberateErrors().stream().filter(e -> e.kind() == Kind.BAD_RELATIONSHIP_TARGET)
                .map(DeliberateError::detail).collect(Collectors.toSet());
        assertEquals(planted, dangling);
        assertEquals(3, planted.size());
        long crossFile = tables.references.stream()
                .filter(r -> tables.resolves(r.target()))
                .filter(r -> !tables.fileOfTable.get(r.table()).equals(tables.fileOfTable.get(r.fromTable())))
                .count();
        assertTrue(crossFile > 100, crossFile + " relationships cross files");
    }

    @Test
    void unknownKeysAppearOnlyInThePlantedFiles() throws IOException {
        GeneratedWorkspace ws = new ContractGenerator(3).writeWorkspace(tmp, 300);

        Set<Path> withUnknownKey = ws.contracts().stream().filter(f -> read(f).contains("\n        nullable: ")).collect(Collectors.toSet());
        Set<Path> planted = ws.deliberateErrors().stream().filter(e -> e.kind() == Kind.UNKNOWN_KEY)
                .map(DeliberateError::file).collect(Collectors.toSet());
        assertEquals(planted, withUnknownKey);
        assertEquals(3, planted.size());
    }

    @Test
    void workspaceIsDeterministic() throws IOException {
        GeneratedWorkspace a = new ContractGenerator(11).writeWorkspace(tmp.resolve("a"), 60);
        GeneratedWorkspace b = new ContractGenerator(11).writeWorkspace(tmp.resolve("b"), 60);

        for (int i = 0; i < a.contracts().size(); i++) {
            assertEquals(tmp.resolve("a").relativize(a.contracts().get(i)), tmp.resolve("b").relativize(b.contracts().get(i)));
            assertEquals(read(a.contracts().get(i)), read(b.contracts().get(i)));
        }
    }

    @Test
    void nonsensicalSizesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ContractGenerator().largeContract(0));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ContractGenerator().writeWorkspace(tmp, -1));
    }

    private GeneratedTables read(String name, String text) {
        GeneratedTables tables = new GeneratedTables();
        tables.add(name, parser.parse(text).rootMapping().orElseThrow());
        return tables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
