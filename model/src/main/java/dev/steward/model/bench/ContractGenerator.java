package dev.steward.model.bench;

import static dev.steward.model.bench.SchemaObjectFactory.ordered;

import dev.steward.model.bench.ColumnCatalog.Entity;
import dev.steward.model.bench.GeneratedWorkspace.DeliberateError;
import dev.steward.model.bench.GeneratedWorkspace.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates benchmark data deterministically from a seed: one large ODCS v3.1.0 contract, and a
 * workspace of many small and medium contracts that reference each other across files. Every
 * contract is valid ODCS v3.1.0 except the deliberate errors listed in {@link GeneratedWorkspace}.
 * The same seed always gives the same text.
 */
public final class ContractGenerator {

    public static final long DEFAULT_SEED = 20_260_101L;
    public static final int DEFAULT_SCHEMA_OBJECTS = 300;
    public static final int DEFAULT_CONTRACTS = 2_000;
    /** One contract in this many carries a deliberate error (2%). */
    public static final int ERROR_EVERY = 50;

    static final int MIN_LINES = 20;
    static final int MAX_LINES = 200;
    private static final int MAX_OBJECTS_PER_CONTRACT = 6;
    private static final List<String> VARIANTS = List.of("", "_eu", "_us", "_apac", "_daily", "_monthly",
            "_history", "_snapshot", "_staging", "_archive");

    private final long seed;
    private final YamlEmitter emitter = new YamlEmitter();

    public ContractGenerator() {
        this(DEFAULT_SEED);
    }

    public ContractGenerator(long seed) {
        this.seed = seed;
    }

    /** One large contract with {@value #DEFAULT_SCHEMA_OBJECTS} schema objects. */
    public String largeContract() {
        return largeContract(DEFAULT_SCHEMA_OBJECTS);
    }

    /** One large contract with {@code schemaObjects} tables, relationships to earlier tables, nested properties, rules and SLA. */
    public String largeContract(int schemaObjects) {
        if (schemaObjects < 1) {
            throw new IllegalArgumentException("A contract needs at least one schema object, got " + schemaObjects);
        }
        Random random = new Random(seed);
        ContractParts parts = new ContractParts(random);
        SchemaObjectFactory factory = new SchemaObjectFactory(random);
        Map<String, Object> root = parts.header("Enterprise data warehouse", "enterprise",
                "All tables of the enterprise data warehouse, published as one contract.");
        root.put("tenant", "example");
        root.put("tags", List.of("warehouse", "generated"));
        root.put("servers", parts.servers("enterprise", true));
        List<Map<String, Object>> objects = new ArrayList<>();
        List<TableRef> earlier = new ArrayList<>();
        List<Entity> entities = ColumnCatalog.ENTITIES;
        for (int i = 0; i < schemaObjects; i++) {
            Entity entity = entities.get(i % entities.size());
            int round = i / entities.size();
            String name = entity.table() + (round < VARIANTS.size() ? VARIANTS.get(round) : "_" + round);
            List<TableRef> targets = pick(random, earlier, random.nextInt(3));
            SchemaObjectFactory.Built built = factory.build(new SchemaObjectFactory.Spec(name, entity,
                    4 + random.nextInt(9), targets, random.nextInt(8) == 0, random.nextInt(3) == 0,
                    random.nextInt(6) == 0, true));
            objects.add(built.node());
            earlier.add(built.ref());
        }
        root.put("schema", objects);
        TableRef first = earlier.get(0);
        root.put("support", parts.support("enterprise"));
        root.put("team", parts.team("enterprise", 4));
        root.put("roles", parts.roles("enterprise"));
        root.put("slaProperties", parts.sla(first.name() + "." + first.keyColumns().get(0)));
        root.put("contractCreatedTs", "2026-01-01T00:00:00Z");
        return "# Generated benchmark contract (seed " + seed + ", " + schemaObjects + " schema objects).\n"
                + emitter.emit(root);
    }

    /** Writes {@value #DEFAULT_CONTRACTS} contracts into {@code folder}. */
    public GeneratedWorkspace writeWorkspace(Path folder) throws IOException {
        return writeWorkspace(folder, DEFAULT_CONTRACTS);
    }

    /**
     * Writes {@code contracts} ODCS files of 20–200 lines into sub-folders of {@code folder} (one
     * per domain). Relationships point to tables of earlier files by name; every
     * {@value #ERROR_EVERY}th file carries a deliberate error, alternating between an unknown key
     * and a relationship to a column that does not exist.
     */
    public GeneratedWorkspace writeWorkspace(Path folder, int contracts) throws IOException {
        if (contracts < 0) {
            throw new IllegalArgumentException("The number of contracts cannot be negative: " + contracts);
        }
        Random random = new Random(seed);
        ContractParts parts = new ContractParts(random);
        SchemaObjectFactory factory = new SchemaObjectFactory(random);
        List<TableRef> published = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<DeliberateError> errors = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            Entity main = ColumnCatalog.ENTITIES.get(random.nextInt(ColumnCatalog.ENTITIES.size()));
            boolean planted = i % ERROR_EVERY == ERROR_EVERY - 1 && !published.isEmpty();
            int budget = planted ? Math.min(lineBudget(random), MAX_LINES - 10) : lineBudget(random);
            Map<String, Object> root = parts.header(ContractParts.capitalised(main.table().replace('_', ' ')) + " " + (i + 1),
                    main.domain(), "The " + main.businessName().toLowerCase() + " records of source system " + (i + 1) + ".");
            if (budget > 70) {
                root.put("servers", parts.servers(main.domain(), budget > 140));
                root.put("team", parts.team(main.domain(), 2));
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            root.put("schema", objects);
            List<TableRef> local = new ArrayList<>();
            String text = fillToBudget(root, objects, local, published, main, i, budget, random, factory, parts);
            Path file = folder.resolve(main.domain())
                    .resolve(String.format(Locale.ROOT, "%04d-%s.odcs.yaml", i + 1, main.table().replace('_', '-')));
            if (planted) {
                DeliberateError error = plantError(file, objects, published, (i / ERROR_EVERY) % 2 == 0, random);
                errors.add(error);
                text = emit(i, root);
            }
            published.addAll(local);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
        }
        files.sort(null);
        return new GeneratedWorkspace(folder, files, errors);
    }

    private String fillToBudget(Map<String, Object> root, List<Map<String, Object>> objects, List<TableRef> local,
                                List<TableRef> published, Entity main, int index, int budget, Random random,
                                SchemaObjectFactory factory, ContractParts parts) {
        boolean withSla = budget > 110;
        String text = null;
        for (int n = 0; n < MAX_OBJECTS_PER_CONTRACT; n++) {
            Entity entity = n == 0 ? main : ColumnCatalog.ENTITIES.get(random.nextInt(ColumnCatalog.ENTITIES.size()));
            String name = String.format(Locale.ROOT, "%s_%04d%s", entity.table(), index + 1, n == 0 ? "" : "_" + n);
            List<TableRef> targets = new ArrayList<>(pick(random, local, random.nextInt(2)));
            targets.addAll(pick(random, published, random.nextInt(3)));
            int columns = n == 0 ? random.nextInt(6) : 2 + random.nextInt(8);
            SchemaObjectFactory.Built built = factory.build(new SchemaObjectFactory.Spec(name, entity, columns, targets,
                    random.nextInt(10) == 0, random.nextInt(5) == 0, false, random.nextBoolean()));
            objects.add(built.node());
            if (withSla && n == 0) {
                root.put("slaProperties", parts.sla(name + "." + built.ref().keyColumns().get(0)));
            }
            String candidate = emit(index, root);
            if (n > 0 && YamlEmitter.lines(candidate) > budget) {
                objects.removeLast();
                break;
            }
            local.add(built.ref());
            text = candidate;
        }
        return text;
    }

    private static DeliberateError plantError(Path file, List<Map<String, Object>> objects, List<TableRef> published,
                                              boolean unknownKey, Random random) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> properties = (List<Map<String, Object>>) objects.get(0).get("properties");
        if (unknownKey) {
            properties.get(0).put("nullable", false);
            return new DeliberateError(file, Kind.UNKNOWN_KEY, "nullable");
        }
        TableRef target = published.get(random.nextInt(published.size()));
        String badTarget = target.name() + "." + target.keyColumns().get(0) + "s";
        Map<String, Object> legacy = ordered("id", objects.get(0).get("name") + "_legacy_ref");
        legacy.put("name", "legacy_ref");
        legacy.put("description", "Reference kept from the old system.");
        legacy.put("logicalType", "integer");
        legacy.put("physicalType", "BIGINT");
        legacy.put("relationships", List.of(ordered("to", badTarget)));
        properties.add(legacy);
        return new DeliberateError(file, Kind.BAD_RELATIONSHIP_TARGET, badTarget);
    }

    private String emit(int index, Map<String, Object> root) {
        return "# Generated benchmark contract " + (index + 1) + " (seed " + seed + ").\n" + emitter.emit(root);
    }

    /** 40% small (30–70 lines), 40% medium (70–140), 20% large (140–200). */
    private static int lineBudget(Random random) {
        int tier = random.nextInt(5);
        if (tier < 2) {
            return 30 + random.nextInt(41);
        }
        return tier < 4 ? 70 + random.nextInt(71) : 140 + random.nextInt(MAX_LINES - 140 + 1);
    }

    private static List<TableRef> pick(Random random, List<TableRef> from, int count) {
        List<TableRef> picked = new ArrayList<>(count);
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }
}
